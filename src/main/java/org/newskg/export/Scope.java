package org.newskg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A subset resolved against the store: the article IRIs in scope (null: every article), the
 * entities to draw (null: every entity) and their types (empty: all four). Resolving fails with a
 * {@link SubsetException} naming what matched nothing.
 */
public record Scope(List<Node> articles, Set<Node> entities, List<Node> types) {
    private static final Var OTHER = Var.alloc("other");
    private static final Pattern QID = Pattern.compile("[Qq][1-9][0-9]*");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|^`\\\\]+");
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    public static Scope resolve(DatasetGraph data, Subset subset, long timeoutSeconds) {
        List<Node> articles = subset.choosesArticles() ? articles(data, subset, timeoutSeconds) : null;
        Set<Node> entities = subset.entities().isEmpty() ? null : entities(data, subset, articles, timeoutSeconds);
        List<Node> types = subset.types().stream().map(Scope::typeNode).toList();
        return new Scope(articles, entities, types);
    }

    private static List<Node> articles(DatasetGraph data, Subset subset, long timeout) {
        ExportQueries q = ExportQueries.load("articles");
        if (!subset.articles().isEmpty()) {
            List<List<Node>> rows = new ArrayList<>();
            for (String a : subset.articles()) {
                Node iri = NodeFactory.createURI(checkIri(a));
                rows.add(java.util.Arrays.asList(iri, null));
                rows.add(java.util.Arrays.asList(null, iri));
            }
            q.bind(List.of("article", "source"), rows);
        }
        q.bind(List.of("since", "until", "undated"), List.of(List.of(
                NodeFactory.createLiteralString(subset.since() == null ? "0000-01-01" : subset.since().toString()),
                NodeFactory.createLiteralString(subset.until() == null ? "9999-12-31" : subset.until().toString()),
                NodeFactory.createLiteralDT(String.valueOf(subset.since() == null && subset.until() == null),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))));
        List<Node> found = new ArrayList<>();
        q.select(data, timeout, b -> found.add(b.get(Var.alloc("article"))));
        if (found.isEmpty()) {
            throw new SubsetException("no article in the store matches " + describe(subset));
        }
        return found;
    }

    private static Set<Node> entities(DatasetGraph data, Subset subset, List<Node> articles, long timeout) {
        Set<Node> seeds = new LinkedHashSet<>();
        Set<String> matched = new TreeSet<>();
        Consumer<Binding> found = b -> {
            seeds.add(b.get(Var.alloc("e")));
            matched.add(b.get(Var.alloc("key")).getLiteralLexicalForm());
        };
        List<List<Node>> terms = new ArrayList<>();
        for (String key : subset.entities()) {
            for (Node term : termsFor(key)) {
                terms.add(List.of(NodeFactory.createLiteralString(key), term));
            }
        }
        ExportQueries.load("entities").bind(List.of("key", "term"), terms).select(data, timeout, found);
        List<String> missed = subset.entities().stream().filter(k -> !matched.contains(k)).toList();
        if (!missed.isEmpty()) {
            ExportQueries.load("entities-any-case")
                    .bindAll("key", missed.stream().map(NodeFactory::createLiteralString).toList())
                    .select(data, timeout, found);
        }
        List<String> unmatched = subset.entities().stream().filter(k -> !matched.contains(k)).toList();
        if (!unmatched.isEmpty()) {
            throw new SubsetException("no entity is named " + String.join(", ", unmatched.stream().map(k -> "'" + k + "'").toList())
                    + " (give a label, another name, a Wikidata id such as Q159, or an entity IRI)");
        }
        Set<Node> all = new LinkedHashSet<>(seeds);
        Set<Node> frontier = seeds;
        for (int hop = 0; hop < subset.hops() && !frontier.isEmpty(); hop++) {
            Set<Node> next = new LinkedHashSet<>();
            ExportQueries.load("neighbours").bindAll("article", articles).bindAll("from", frontier)
                    .select(data, timeout, b -> next.add(b.get(OTHER)));
            next.removeAll(all);
            all.addAll(next);
            frontier = next;
        }
        return all;
    }

    /** The RDF terms an --entity value may stand for as stored: a name, a Wikidata entity, an IRI. */
    static List<Node> termsFor(String key) {
        List<Node> terms = new ArrayList<>();
        terms.add(NodeFactory.createLiteralString(key));
        if (QID.matcher(key).matches()) {
            terms.add(NodeFactory.createURI(WIKIDATA_ENTITY + key.toUpperCase(Locale.ROOT)));
        } else if (ABSOLUTE_IRI.matcher(key).matches()) {
            terms.add(NodeFactory.createURI(key));
        }
        return terms;
    }

    /** An article IRI or source as stored: absolute, or relative like a plain-text file's path. */
    private static String checkIri(String s) {
        if (s.isBlank() || s.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
            throw new SubsetException("--article wants an article IRI or the article's source URL, not '" + s + "'");
        }
        return s;
    }

    private static Node typeNode(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "person" -> NKG.Person;
            case "organization" -> NKG.Organization;
            case "country" -> NKG.Country;
            case "location" -> NKG.Location;
            default -> throw new SubsetException("unknown entity type " + type);
        };
    }

    private static String describe(Subset s) {
        List<String> parts = new ArrayList<>();
        if (!s.articles().isEmpty()) {
            parts.add("--article " + String.join(", ", s.articles()));
        }
        if (s.since() != null) {
            parts.add("--since " + s.since());
        }
        if (s.until() != null) {
            parts.add("--until " + s.until());
        }
        return String.join(" ", parts) + (s.since() != null || s.until() != null
                ? " (articles without a publication date are left out when a date range is given)" : "");
    }
}
