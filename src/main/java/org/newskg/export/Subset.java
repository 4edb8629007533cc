package org.newskg.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the store an export covers, as the user asked for it. Article filters (articles,
 * since, until) choose articles; entity filters (entities with hops, types) choose the nodes of the
 * entity graph, so they apply to the graph formats only. Empty lists and nulls mean "no filter".
 *
 * @param articles article IRIs or source URLs
 * @param entities entity names, other names, Wikidata ids (Q159) or IRIs
 * @param hops     how far from the named entities the graph reaches (0 = the entities alone)
 * @param since    first publication day in scope (inclusive), or null
 * @param until    last publication day in scope (inclusive), or null
 * @param types    entity types to draw: person, organization, country, location
 */
public record Subset(List<String> articles, List<String> entities, int hops, LocalDate since, LocalDate until,
                     Set<String> types) {
    public static final Set<String> TYPES = Set.of("person", "organization", "country", "location");
    public static final int MAX_HOPS = 5;
    public static final Subset ALL = new Subset(List.of(), List.of(), 1, null, null, Set.of());

    public Subset {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        TreeSet<String> t = new TreeSet<>();
        for (String s : types) {
            String k = s.trim().toLowerCase(Locale.ROOT);
            if (k.equals("organisation")) {
                k = "organization";
            }
            if (!TYPES.contains(k)) {
                throw new SubsetException("unknown entity type '" + s + "'; one of: person, organization, country, location");
            }
            t.add(k);
        }
        types = Set.copyOf(t);
        if (hops < 0 || hops > MAX_HOPS) {
            throw new SubsetException("--hops must be between 0 and " + MAX_HOPS + ", not " + hops);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new SubsetException("--since " + since + " is after --until " + until);
        }
    }

    /** Whether any article filter is set. */
    public boolean choosesArticles() {
        return !articles.isEmpty() || since != null || until != null;
    }

    /** Whether any entity filter is set (these only make sense for the entity graph). */
    public boolean choosesEntities() {
        return !entities.isEmpty() || !types.isEmpty();
    }
}
