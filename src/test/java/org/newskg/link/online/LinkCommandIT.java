package org.newskg.link.online;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.LinksGraph;
import org.newskg.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newskg link --online} end to end: a TDB2 store, the recorded Wikidata answers on 127.0.0.1, the links graph. */
class LinkCommandIT {
    private static final String E = "https://w3id.org/newskg/entity/";
    private static final String ARTICLE = "https://w3id.org/newskg/article/00000000000000000001";
    private static final String TRIG = """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX e:    <https://w3id.org/newskg/entity/>
            <%1$s> {
              <%1$s> a nkg:Article ; nkg:mentions <%2$sperson/lena-marsh>, <%2$sperson/john-harlow>, <%2$sperson/port-vell>,
                  <%2$slocation/kessaria>, <%2$sperson/zorvath-quill>, <%2$sQ229> .
              <%2$sperson/lena-marsh> a nkg:Person ; rdfs:label "Lena Marsh" ; skos:altLabel "Marsh" .
              <%2$sperson/john-harlow> a nkg:Person ; rdfs:label "John Harlow" .
              <%2$sperson/port-vell> a nkg:Person ; rdfs:label "Port Vell" .
              <%2$slocation/kessaria> a nkg:Location ; rdfs:label "Kessaria" .
              <%2$sperson/zorvath-quill> a nkg:Person ; rdfs:label "Zorvath Quill" .
              <%2$sQ229> a nkg:Country, nkg:Location ; rdfs:label "Cyprus" ; owl:sameAs <http://www.wikidata.org/entity/Q229> .
            }
            """.formatted(ARTICLE, E);

    private final WikidataFixtures server = new WikidataFixtures();
    @TempDir
    Path tmp;
    String out;
    String err;

    @AfterEach
    void stop() {
        server.close();
    }

    private void load(Path store) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(ds);
        Graph g = ds.getGraph(org.apache.jena.graph.NodeFactory.createURI(ARTICLE));
        TdbStore st = TdbStore.open(store, true);
        try {
            st.replace(List.of(new ArticleGraph(ARTICLE, "a.txt", g)));
        } finally {
            st.close();
        }
    }

    private int link(String... extra) {
        List<String> args = new ArrayList<>(List.of("link"));
        args.addAll(List.of(extra));
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    private String[] online(Path store, String... more) {
        List<String> a = new ArrayList<>(List.of("--online", "--store", store.toString(), "--endpoint", server.endpoint(),
                "--cache", tmp.resolve("cache").toString(), "--rate", "50/s", "--contact", "ops@example.org"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static boolean ask(Path store, String query) {
        TdbStore st = TdbStore.open(store, false);
        try {
            return st.query(QueryFactory.create("PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                    + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
                    + "PREFIX wd: <http://www.wikidata.org/entity/>\nPREFIX e: <" + E + ">\n" + query), qe -> qe.execAsk());
        } finally {
            st.close();
        }
    }

    @Test
    void linksGoToTheLinksGraphAndEntitiesKeepTheirIris() {
        Path store = tmp.resolve("store");
        load(store);
        assertEquals(0, link(online(store)), err);

        // stdout: one line per link found
        assertTrue(out.contains(E + "person/lena-marsh\tQ99000001\tLena Marsh\t0.8"), out);
        assertTrue(out.contains(E + "location/kessaria\tQ99000020\tKessaria\t0.8"), out);
        assertEquals(2, out.lines().count(), out);
        assertTrue(err.contains("2 linked") && err.contains("1 ambiguous") && err.contains("1 of another type")
                && err.contains("1 not found"), err);

        // the links graph holds the link; the union default graph sees it
        assertTrue(ask(store, "ASK { GRAPH <" + LinksGraph.IRI + "> { e:person\\/lena-marsh owl:sameAs wd:Q99000001 ; "
                + "nkg:linkMethod \"wikidata-search\" ; nkg:linkScore ?s } }"));
        assertTrue(ask(store, "ASK { e:person\\/lena-marsh a nkg:Person ; owl:sameAs wd:Q99000001 ; "
                + "owl:sameAs <http://dbpedia.org/resource/Lena_Marsh> }"));
        assertTrue(ask(store, "ASK { e:location\\/kessaria owl:sameAs wd:Q99000020 }"));
        // the IRI is unchanged: no QID IRI minted, no type or label written into the links graph
        assertFalse(ask(store, "ASK { GRAPH ?g { ?x ?p ?o } FILTER STRSTARTS(STR(?x), \"" + E + "Q99\") }"));
        assertFalse(ask(store, "ASK { GRAPH <" + LinksGraph.IRI + "> { ?x a ?t } }"));
        assertFalse(ask(store, "ASK { GRAPH <" + LinksGraph.IRI + "> { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?t } }"));
        // no link when unsure, or of the wrong type
        assertFalse(ask(store, "ASK { e:person\\/john-harlow owl:sameAs ?x }"));
        assertFalse(ask(store, "ASK { e:person\\/port-vell owl:sameAs ?x }"));
        // an entity already linked at ingest is not looked up
        assertTrue(server.seen.stream().noneMatch(s -> "Cyprus".equals(s.params().get("search"))));

        // a second run asks nothing: the linked ones are linked, the others are answered from the cache
        int asked = server.requests();
        assertEquals(0, link(online(store)), err);
        assertEquals(asked, server.requests(), "the server sees no second request");
        assertEquals("", out);
        assertTrue(err.contains("0 requests"), err);

        // re-ingesting the article (its graph replaced) keeps the links found later
        load(store);
        assertTrue(ask(store, "ASK { e:person\\/lena-marsh owl:sameAs wd:Q99000001 }"));
    }

    @Test
    void aDryRunWritesNothing() {
        Path store = tmp.resolve("store");
        load(store);
        assertEquals(0, link(online(store, "--dry-run")), err);
        assertTrue(out.contains("Q99000001"), out);
        assertFalse(ask(store, "ASK { GRAPH <" + LinksGraph.IRI + "> { ?s ?p ?o } }"));
        assertTrue(err.contains("dry run"), err);
    }

    @Test
    void withoutOnlineItExplainsAndExits2() {
        Path store = tmp.resolve("store");
        load(store);
        assertEquals(2, link("--store", store.toString()));
        assertTrue(err.contains("--online") && err.contains("ingest"), err);
        assertEquals(0, server.requests());
        assertEquals(2, link(online(store, "--rate", "fast")));
        assertTrue(err.contains("--rate"), err);
    }

    @Test
    void anUnreachableEndpointExits3() {
        Path store = tmp.resolve("store");
        load(store);
        server.close();
        assertEquals(3, link(online(store)), err + out);
    }
}
