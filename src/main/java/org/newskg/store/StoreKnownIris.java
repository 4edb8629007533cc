package org.newskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.KnownIris;
import org.newskg.rdf.NKG;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link KnownIris} read from a store, so that an entity stored unlinked keeps its IRI when a later
 * article links it. For a QID and the entity's name-based IRIs, in this order:
 * <ol>
 *   <li>the QID IRI ({@code entity/Q…}) is already typed in some graph: use it (null);</li>
 *   <li>some graph (the links graph, or an article that reused an IRI) says an entity
 *       {@code owl:sameAs} this QID: use that IRI (the smallest, if several);</li>
 *   <li>a name-based IRI is typed in some graph and not {@code owl:sameAs} another QID: use it;</li>
 *   <li>otherwise null: the QID IRI is minted.</li>
 * </ol>
 * One SPARQL query per article, for all its linked entities (over {@code GRAPH ?g}, so any
 * endpoint answers alike), with answers remembered for the run: every article of a run maps one QID
 * the same way. Articles of the same run that are not yet committed are not seen.
 */
public final class StoreKnownIris implements KnownIris {
    private static final Pattern SAFE_IRI = Pattern.compile("https?://[^\\s<>\"{}|^`\\\\]+");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]{0,11}");
    private static final int MEMO_LIMIT = 50_000;

    private final Store store;
    private final Map<String, Optional<String>> memo = new ConcurrentHashMap<>();

    public StoreKnownIris(Store store) {
        this.store = store;
    }

    @Override
    public String existing(String qid, List<String> nameIris) {
        return existingAll(Map.of(qid, nameIris)).get(qid);
    }

    @Override
    public Map<String, String> existingAll(Map<String, List<String>> nameIrisByQid) {
        Map<String, String> out = new HashMap<>();
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        nameIrisByQid.forEach((qid, names) -> {
            if (qid == null || !QID.matcher(qid).matches()) {
                return;
            }
            Optional<String> known = memo.get(key(qid, names));
            if (known == null) {
                unknown.put(qid, names);
            } else {
                known.ifPresent(iri -> out.put(qid, iri));
            }
        });
        if (!unknown.isEmpty()) {
            Map<String, String> found = ask(unknown);
            if (memo.size() + unknown.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            unknown.forEach((qid, names) -> memo.put(key(qid, names), Optional.ofNullable(found.get(qid))));
            out.putAll(found);
        }
        return out;
    }

    private static String key(String qid, List<String> names) {
        return qid + "\n" + String.join("\n", names);
    }

    /**
     * One query for all the ids: a branch per rule, each with its own rows (a VALUES block outside
     * a union branch would not bind inside it). The terms are checked QIDs and IRIs, never text.
     */
    private Map<String, String> ask(Map<String, List<String>> byQid) {
        StringBuilder typed = new StringBuilder();
        StringBuilder linked = new StringBuilder();
        StringBuilder named = new StringBuilder();
        byQid.forEach((qid, names) -> {
            String qidIri = "<" + IriMinter.BASE + "entity/" + qid + ">";
            String wd = "<" + NKG.WIKIDATA + qid + ">";
            typed.append("(\"").append(qid).append("\" ").append(qidIri).append(") ");
            linked.append("(\"").append(qid).append("\" ").append(wd).append(' ').append(qidIri).append(") ");
            for (String n : names) {
                if (SAFE_IRI.matcher(n).matches() && !n.equals(IriMinter.BASE + "entity/" + qid)) {
                    named.append("(\"").append(qid).append("\" <").append(n).append("> ").append(wd).append(") ");
                }
            }
        });
        String q = "SELECT ?qid ?x ?rule WHERE {\n"
                + "  { VALUES (?qid ?x) { " + typed + "} FILTER EXISTS { GRAPH ?g1 { ?x a ?t1 } } BIND(1 AS ?rule) }\n"
                + "  UNION { VALUES (?qid ?wd ?self) { " + linked + "} GRAPH ?g2 { ?x <" + NKG.OWL + "sameAs> ?wd }\n"
                + "          FILTER (?x != ?self) BIND(2 AS ?rule) }\n"
                + (named.isEmpty() ? "" :
                  "  UNION { VALUES (?qid ?x ?wd) { " + named + "} FILTER EXISTS { GRAPH ?g3 { ?x a ?t3 } }\n"
                + "          FILTER NOT EXISTS { GRAPH ?g4 { ?x <" + NKG.OWL + "sameAs> ?other }\n"
                + "            FILTER (STRSTARTS(STR(?other), \"" + NKG.WIKIDATA + "\") && ?other != ?wd) }\n"
                + "          BIND(3 AS ?rule) }\n")
                + "}";
        Query query = QueryFactory.create(q);
        Map<String, Integer> bestRule = new HashMap<>();
        Map<String, TreeSet<String>> sameAs = new HashMap<>();
        Map<String, Set<String>> byName = new HashMap<>();
        store.query(query, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String qid = s.getLiteral("qid").getLexicalForm();
                int rule = s.getLiteral("rule").getInt();
                String x = s.getResource("x").getURI();
                bestRule.merge(qid, rule, Math::min);
                if (rule == 2) {
                    sameAs.computeIfAbsent(qid, k -> new TreeSet<>()).add(x);
                } else if (rule == 3) {
                    byName.computeIfAbsent(qid, k -> new HashSet<>()).add(x);
                }
            }
            return null;
        });
        Map<String, String> out = new HashMap<>();
        byQid.forEach((qid, names) -> {
            Integer rule = bestRule.get(qid);
            if (rule == null || rule == 1) {
                return; // nothing known, or the QID IRI is in use: mint it
            }
            if (rule == 2) {
                out.put(qid, sameAs.get(qid).first());
                return;
            }
            names.stream().filter(byName.get(qid)::contains).findFirst().ifPresent(n -> out.put(qid, n));
        });
        return out;
    }
}
