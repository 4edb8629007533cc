package org.newskg.link;

/**
 * Coarse kind of a gazetteer entity, as written in the {@code kind} column of gazetteer files.
 *
 * <ul>
 *   <li>{@link #PERSON}: a person (heads of state and government, ministers, leaders of
 *       international organisations).</li>
 *   <li>{@link #ORGANIZATION}: governments and their bodies, international organisations,
 *       companies, parties, media, armed forces.</li>
 *   <li>{@link #COUNTRY}: a country or a dependent territory with its own ISO 3166-1 code.</li>
 *   <li>{@link #LOCATION}: any other place: city, region, province, continent, disputed area.</li>
 * </ul>
 */
public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, LOCATION;

    /**
     * Parses a kind column value, case-insensitively. Besides the constant names it accepts
     * {@code PER}, {@code ORG}, {@code LOC}, {@code GPE}, {@code CITY}, {@code REGION},
     * {@code INTERNATIONAL_ORGANIZATION} and {@code COMPANY}.
     */
    public static EntityKind parse(String s) {
        String t = s.trim().toUpperCase(java.util.Locale.ROOT);
        switch (t) {
            case "PER": case "PERSON": return PERSON;
            case "ORG": case "ORGANISATION": case "ORGANIZATION": case "INTERNATIONAL_ORGANIZATION":
            case "COMPANY": return ORGANIZATION;
            case "COUNTRY": return COUNTRY;
            case "LOC": case "LOCATION": case "PLACE": case "CITY": case "REGION": case "GPE": return LOCATION;
            default: throw new IllegalArgumentException("unknown entity kind: " + s);
        }
    }
}
