package org.newskg.link;

import org.newskg.extract.EntityType;
import org.newskg.extract.KnownNames;

import java.util.List;

/**
 * Tells the extractor which capitalised names the gazetteer knows as places: countries, curated
 * places and cities of at least {@value #MIN_POPULATION} people. Smaller towns are left out:
 * their names are too often also surnames or ordinary words.
 */
public final class GazetteerNames implements KnownNames {
    static final long MIN_POPULATION = 200_000;

    private final Gazetteer gazetteer;

    public GazetteerNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public EntityType typeOf(String name) {
        List<GazetteerEntry> found = gazetteer.lookup(name);
        if (found.isEmpty()) {
            return null;
        }
        GazetteerEntry best = found.get(0);
        if (best.kind() == EntityKind.COUNTRY) {
            return EntityType.COUNTRY;
        }
        boolean curated = best.source() != null && best.source().startsWith("curated");
        if (best.kind() == EntityKind.LOCATION && (curated || best.population() >= MIN_POPULATION)) {
            return EntityType.LOCATION;
        }
        return null;
    }
}
