package org.newskg.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.TdbStore;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The subset options choose what fixture.trig says they should, and a subset that matches nothing
 * or a filter a format cannot honour is an error (exit 2), never a silently empty or full export.
 */
class ExportSubsetsTest {
    @TempDir
    static Path dir;
    static TdbStore store;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() {
        store = ExportFixtures.store(dir.resolve("store"), "fixture.trig");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Subset articles(String... a) {
        return new Subset(List.of(a), List.of(), 1, null, null, Set.of());
    }

    private static Subset dates(String since, String until) {
        return new Subset(List.of(), List.of(), 1, since == null ? null : LocalDate.parse(since),
                until == null ? null : LocalDate.parse(until), Set.of());
    }

    private static Subset entity(String name, int hops) {
        return new Subset(List.of(), List.of(name), hops, null, null, Set.of());
    }

    private static Subset types(String... t) {
        return new Subset(List.of(), List.of(), 1, null, null, Set.of(t));
    }

    /** Node labels, and edges as "source relation target (weight)", from the cytoscape export. */
    private static List<Set<String>> graph(Subset s) throws Exception {
        JsonNode root = JSON.readTree(ExportFixtures.export(store, "cytoscape", s));
        Set<String> nodes = new TreeSet<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (JsonNode n : root.path("elements").path("nodes")) {
            nodes.add(n.path("data").path("name").asText());
            names.put(n.path("data").path("id").asText(), n.path("data").path("name").asText());
        }
        Set<String> edges = new TreeSet<>();
        for (JsonNode e : root.path("elements").path("edges")) {
            JsonNode d = e.path("data");
            edges.add(names.get(d.path("source").asText()) + " " + d.path("interaction").asText() + " "
                    + names.get(d.path("target").asText()) + " (" + d.path("weight").asInt() + ")");
        }
        return List.of(nodes, edges);
    }

    @Test
    void articleBySourceUrlOrIri() throws Exception {
        List<Set<String>> two = graph(articles("https://example.org/two"));
        assertEquals(Set.of("Kursk Oblast", "North Korea", "Russia", "Ukraine", "Vladimir Putin", "Volodymyr Zelenskyy"), two.get(0));
        assertTrue(two.get(1).contains("Vladimir Putin leaderOf Russia (1)"), two.get(1).toString());
        assertEquals(Set.of("Kim Jong Un", "North Korea", "Pyongyang", "Russia", "Vladimir Putin"),
                graph(articles("https://w3id.org/newskg/article/one")).get(0));
        assertEquals(10, graph(articles("https://example.org/one", "https://example.org/two", "https://example.org/three")).get(0).size());
    }

    @Test
    void dateRangeLeavesOutUndatedArticles() throws Exception {
        assertEquals(graph(articles("https://example.org/two")), graph(dates("2024-11-14", null)));
        assertEquals(graph(articles("https://example.org/one")), graph(dates(null, "2024-11-13")));
        List<Set<String>> both = graph(dates("2024-11-13", "2024-11-20"));
        assertFalse(both.get(0).contains("Mark Rutte"), "the undated article is out of any range");
        assertTrue(both.get(1).contains("Vladimir Putin leaderOf Russia (2)"));
    }

    @Test
    void entityNeighbourhoodByNameOtherNameOrWikidataId() throws Exception {
        assertEquals(Set.of("Mark Rutte"), graph(entity("Mark Rutte", 0)).get(0));
        assertEquals(Set.of("Mark Rutte", "NATO", "Russia"), graph(entity("mark rutte", 1)).get(0));
        List<Set<String>> two = graph(entity("Q57792", 2));
        assertEquals(Set.of("Kursk Oblast", "Mark Rutte", "NATO", "North Korea", "Russia", "Ukraine", "Vladimir Putin"), two.get(0));
        assertTrue(two.get(1).contains("Russia signedTreatyWith North Korea (1)"), two.get(1).toString());
        assertEquals(Set.of("North Korea"), graph(entity("DPRK", 0)).get(0));
        assertEquals(Set.of("NATO"), graph(entity("https://w3id.org/newskg/entity/Q7184", 0)).get(0));
        assertEquals(Set.of("NATO"), graph(entity("http://www.wikidata.org/entity/Q7184", 0)).get(0));
        assertEquals(Set.of("NATO"), graph(entity("q7184", 0)).get(0));
    }

    @Test
    void exactAndAnyCaseNamesTogether() throws Exception {
        // "Russia" is found through the index, "dprk" only by the case-insensitive second try
        Subset s = new Subset(List.of(), List.of("Russia", "dprk"), 0, null, null, Set.of());
        assertEquals(Set.of("North Korea", "Russia"), graph(s).get(0));
        assertThrows(SubsetException.class, () -> graph(new Subset(List.of(), List.of("Russia", "Atlantis"), 0, null, null, Set.of())));
    }

    @Test
    void entityAndDatesTogether() throws Exception {
        Subset s = new Subset(List.of(), List.of("Russia"), 1, LocalDate.parse("2024-11-14"), null, Set.of());
        assertEquals(Set.of("Kursk Oblast", "Russia", "Ukraine", "Vladimir Putin"), graph(s).get(0));
    }

    @Test
    void typesChooseNodesAndTheEdgesBetweenThem() throws Exception {
        List<Set<String>> people = graph(types("person"));
        assertEquals(Set.of("Kim Jong Un", "Mark Rutte", "Vladimir Putin", "Volodymyr Zelenskyy"), people.get(0));
        assertEquals(Set.of("Vladimir Putin cameo:040 Kim Jong Un (1)"), people.get(1));
        assertEquals(Set.of("Kursk Oblast", "Pyongyang"), graph(types("location")).get(0), "a country is not drawn as a location");
        assertEquals(6, graph(types("Country", "organisation", "location")).get(0).size());
    }

    @Test
    void whatMatchesNothingIsAnError() {
        assertThrows(SubsetException.class, () -> graph(entity("Atlantis", 1)));
        assertThrows(SubsetException.class, () -> graph(articles("https://example.org/none")));
        assertThrows(SubsetException.class, () -> graph(dates("2030-01-01", null)));
        assertThrows(SubsetException.class, () -> types("planet"));
        assertThrows(SubsetException.class, () -> dates("2024-12-01", "2024-11-01"));
        assertThrows(SubsetException.class, () -> entity("Russia", 9));
    }

    @Test
    void rdfFormatsKeepTheChosenArticleGraphsWhole() {
        byte[] trig = ExportFixtures.exportBytes(store, "trig", articles("https://example.org/two"));
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(d, new ByteArrayInputStream(trig), Lang.TRIG);
        List<String> graphs = new ArrayList<>();
        d.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(List.of("https://w3id.org/newskg/article/two"), graphs);
        long stored = store.read(dsg -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(graphs.get(0))).size());
        assertEquals(stored, d.getGraph(org.apache.jena.graph.NodeFactory.createURI(graphs.get(0))).size());
    }

    @Test
    void framedJsonLdIsATreePerArticle() throws Exception {
        JsonNode root = JSON.readTree(ExportFixtures.export(store, "jsonld-framed", articles("https://example.org/one")));
        JsonNode article = root.has("@graph") ? root.path("@graph").get(0) : root;
        assertEquals("Article", article.path("type").asText());
        assertEquals("Treaty signed", article.path("headline").asText());
        Set<String> labels = new TreeSet<>();
        article.path("mentions").forEach(m -> labels.add(m.path("label").asText()));
        assertEquals(Set.of("Kim Jong Un", "North Korea", "Pyongyang", "Russia", "Vladimir Putin"), labels);
        assertTrue(article.path("reported").size() >= 6, "events and facts of the article are embedded");
    }

    @Test
    void commandLineChecksFiltersBeforeOpeningTheStore() throws Exception {
        String st = dir.resolve("store").toString();
        Path out = dir.resolve("news.gexf");
        store.close();
        try {
            assertEquals(0, Main.run("export", "--store", st, "--format", "gexf", "--entity", "Russia", "--since", "2024-11-01", "--out", out.toString()));
            assertTrue(Files.readString(out).contains("label=\"Russia\""));
            assertEquals(2, Main.run("export", "--store", st, "--format", "trig", "--entity", "Russia"), "trig draws no entity graph");
            assertEquals(2, Main.run("export", "--store", st, "--format", "dot", "--hops", "2"), "--hops needs --entity");
            assertEquals(2, Main.run("export", "--store", st, "--format", "dot", "--since", "13/11/2024"));
            assertEquals(2, Main.run("export", "--store", st, "--format", "dot", "--types", "planet"));
            assertEquals(2, Main.run("export", "--store", st, "--format", "dot", "--entity", "Atlantis", "--out", dir.resolve("x.dot").toString()));
            assertFalse(Files.exists(dir.resolve("x.dot")), "a failed export leaves no file");
            assertEquals(2, Main.run("export", "--store", st, "--format", "png"));
        } finally {
            store = TdbStore.open(dir.resolve("store"), false);
        }
    }
}
