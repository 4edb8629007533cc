package org.newskg.extract;

/** The kinds of entity newskg keeps; a country is also a location. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, LOCATION;

    public boolean isPlace() {
        return this == COUNTRY || this == LOCATION;
    }
}
