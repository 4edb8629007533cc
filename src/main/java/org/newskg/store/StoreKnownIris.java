package org.newskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.rdf.IriMinter;
import org.newskg.rdf.KnownIris;
import org.newskg.rdf.NKG;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * One SPARQL query per question (over {@code GRAPH ?g}, so any endpoint answers alike), with
 * answers remembered for the run: every article of a run maps one QID the same way. Articles of the
 * same run that are not yet committed are not seen.
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
        if (qid == null || !QID.matcher(qid).matches()) {
            return null;
        }
        String key = qid + "\n" + String.join("\n", nameIris);
        Optional<String> known = memo.get(key);
        if (known == null) {
            known = Optional.ofNullable(ask(qid, nameIris));
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(key, known);
        }
        return known.orElse(null);
    }

    private String ask(String qid, List<String> nameIris) {
        String qidIri = IriMinter.BASE + "entity/" + qid;
        String wd = NKG.WIKIDATA + qid;
        StringBuilder names = new StringBuilder();
        for (String n : nameIris) {
            if (SAFE_IRI.matcher(n).matches() && !n.equals(qidIri)) {
                names.append('<').append(n).append("> ");
            }
        }
        String q = "SELECT ?x ?rule WHERE {\n"
                + "  { VALUES ?x { <" + qidIri + "> } FILTER EXISTS { GRAPH ?g1 { ?x a ?t1 } } BIND(1 AS ?rule) }\n"
                + "  UNION { GRAPH ?g2 { ?x <" + NKG.OWL + "sameAs> <" + wd + "> } FILTER (?x != <" + qidIri + ">) BIND(2 AS ?rule) }\n"
                + (names.isEmpty() ? "" :
                  "  UNION { VALUES ?x { " + names + "} FILTER EXISTS { GRAPH ?g3 { ?x a ?t3 } }\n"
                + "          FILTER NOT EXISTS { GRAPH ?g4 { ?x <" + NKG.OWL + "sameAs> ?other }\n"
                + "            FILTER (STRSTARTS(STR(?other), \"" + NKG.WIKIDATA + "\") && ?other != <" + wd + ">) }\n"
                + "          BIND(3 AS ?rule) }\n")
                + "}";
        Query query = QueryFactory.create(q);
        return store.query(query, qe -> {
            TreeSet<String> sameAs = new TreeSet<>();
            TreeSet<String> byName = new TreeSet<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                int rule = s.getLiteral("rule").getInt();
                String x = s.getResource("x").getURI();
                if (rule == 1) {
                    return null;
                }
                (rule == 2 ? sameAs : byName).add(x);
            }
            if (!sameAs.isEmpty()) {
                return sameAs.first();
            }
            for (String n : nameIris) {
                if (byName.contains(n)) {
                    return n;
                }
            }
            return null;
        });
    }
}
