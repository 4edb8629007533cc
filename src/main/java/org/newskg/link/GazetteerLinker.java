package org.newskg.link;

import org.newskg.extract.Entity;
import org.newskg.extract.EntityLink;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links entities to Wikidata (and places to GeoNames) with the offline gazetteer. A candidate must
 * agree with the entity's type (a person never links to a city); among those, the entity's own
 * label beats its other names, the article's countries favour places inside them ("Georgia" beside
 * Tbilisi), and population breaks ties between places. When two candidates stay equally good, no
 * link is made: a wrong link is worse than none.
 */
public final class GazetteerLinker implements EntityLinker {
    private final Gazetteer gazetteer;
    private final java.util.function.Function<String, String> countryOfCapital;

    /** @param countryOfCapital the country a capital city's name belongs to ("Washington": United States), or null */
    public GazetteerLinker(Gazetteer gazetteer, java.util.function.Function<String, String> countryOfCapital) {
        this.gazetteer = gazetteer;
        this.countryOfCapital = countryOfCapital;
    }

    public GazetteerLinker(Gazetteer gazetteer) {
        this(gazetteer, name -> null);
    }

    @Override
    public void link(Extraction x) {
        Set<String> articleCountries = new HashSet<>();
        List<Entity> others = new ArrayList<>();
        // countries first: they are the context the other places are read in
        for (Entity e : x.entities().all()) {
            if (e.type() == EntityType.COUNTRY) {
                GazetteerEntry g = best(e, Set.of());
                if (g != null) {
                    apply(e, g);
                    if (g.qid() != null) {
                        articleCountries.add(g.qid());
                    }
                }
            } else {
                others.add(e);
            }
        }
        for (Entity e : others) {
            GazetteerEntry g = best(e, articleCountries);
            if (g != null) {
                apply(e, g);
            }
        }
    }

    private void apply(Entity e, GazetteerEntry g) {
        String method = g.label().equalsIgnoreCase(e.label()) ? "gazetteer-label" : "gazetteer-alias";
        e.link(new EntityLink(blankToNull(g.qid()), g.geonamesId(), g.label(), blankToNull(g.countryQid()), g.lat(), g.lon(),
                method, score(e, g)));
    }

    private static double score(Entity e, GazetteerEntry g) {
        return g.label().equalsIgnoreCase(e.label()) ? 0.9 : 0.75;
    }

    /** The best candidate for an entity, or null when there is none or it is ambiguous. */
    GazetteerEntry best(Entity e, Set<String> articleCountries) {
        List<String> names = new ArrayList<>();
        names.add(e.label());
        // other full forms ("DPRK") may decide, short forms may not: "Obama" is not Michelle Obama
        String labelKey = Gazetteer.normalize(e.label());
        e.names().stream().filter(n -> !n.equals(e.label()))
                .filter(n -> !isPartOf(Gazetteer.normalize(n), labelKey))
                .filter(n -> e.type() != EntityType.PERSON)
                .forEach(names::add);
        for (String name : names) {
            List<GazetteerEntry> fits = gazetteer.lookup(name).stream().filter(g -> agrees(e.type(), g.kind())).toList();
            if (fits.isEmpty()) {
                continue;
            }
            GazetteerEntry choice = capital(e, name, fits);
            if (choice == null) {
                choice = choose(fits, articleCountries);
            }
            if (choice != null || name.equals(e.label())) {
                return choice;
            }
        }
        return null;
    }

    /**
     * A capital's name in the news is the city ("Washington" is Washington, D.C., not the state):
     * the largest city of that name in the capital's country.
     */
    private GazetteerEntry capital(Entity e, String name, List<GazetteerEntry> fits) {
        String country = e.type() == EntityType.LOCATION ? countryOfCapital.apply(name) : null;
        if (country == null || fits.size() < 2) {
            return null;
        }
        String countryQid = gazetteer.lookup(country).stream().filter(g -> g.kind() == EntityKind.COUNTRY)
                .map(GazetteerEntry::qid).findFirst().orElse(null);
        return fits.stream().filter(g -> g.kind() == EntityKind.LOCATION && g.geonamesId() != null && g.qid() != null
                        && !g.qid().isBlank() && g.countryQid() != null && g.countryQid().equals(countryQid))
                .max(java.util.Comparator.comparingLong(GazetteerEntry::population)).orElse(null);
    }

    private static boolean isPartOf(String shortKey, String fullKey) {
        return fullKey.startsWith(shortKey + " ") || fullKey.endsWith(" " + shortKey) || fullKey.contains(" " + shortKey + " ");
    }

    private static GazetteerEntry choose(List<GazetteerEntry> fits, Set<String> articleCountries) {
        if (fits.size() == 1) {
            return fits.get(0);
        }
        // places in a country the article names win over namesakes elsewhere
        List<GazetteerEntry> inContext = fits.stream()
                .filter(g -> g.countryQid() != null && articleCountries.contains(g.countryQid())).toList();
        List<GazetteerEntry> pool = inContext.isEmpty() ? fits : inContext;
        GazetteerEntry first = pool.get(0);
        if (pool.size() == 1) {
            return first;
        }
        GazetteerEntry second = pool.get(1);
        if (sameThing(first, second)) {
            return first;
        }
        // the gazetteer lists curated and exact-label entries first; beyond that, a much larger
        // population is a safe prior, a close one is not
        if (rank(first) < rank(second)) {
            return first;
        }
        if (first.population() > 0 && first.population() >= 5 * Math.max(1, second.population())) {
            return first;
        }
        return null;
    }

    private static boolean sameThing(GazetteerEntry a, GazetteerEntry b) {
        return a.qid() != null && !a.qid().isBlank() && a.qid().equals(b.qid());
    }

    /** Country before curated entries before generated ones. */
    private static int rank(GazetteerEntry g) {
        if (g.kind() == EntityKind.COUNTRY) {
            return 0;
        }
        return g.source() != null && g.source().startsWith("curated") ? 1 : 2;
    }

    static boolean agrees(EntityType t, EntityKind k) {
        return switch (t) {
            case PERSON -> k == EntityKind.PERSON;
            case ORGANIZATION -> k == EntityKind.ORGANIZATION;
            case COUNTRY -> k == EntityKind.COUNTRY || k == EntityKind.LOCATION;
            case LOCATION -> k == EntityKind.LOCATION || k == EntityKind.COUNTRY;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
