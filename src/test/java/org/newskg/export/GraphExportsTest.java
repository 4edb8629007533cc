package org.newskg.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.newskg.store.TdbStore;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each graph format over a small store (fixture.trig): the output equals its golden file, parses,
 * and says what the store says: 10 entities (Russia in three articles), 12 edges, the
 * leaderOf edge from Putin to Russia supported by two articles, the treaty drawn once, undirected.
 */
class GraphExportsTest {
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

    @Test
    void gexfIsValidGexf13WithWeightsAndTimeline() throws Exception {
        byte[] out = ExportFixtures.exportBytes(store, "gexf", Subset.ALL);
        ExportFixtures.golden("graph.gexf", new String(out, StandardCharsets.UTF_8));
        XmlChecks.validate(out, "gexf-1.3.xsd");
        Document d = XmlChecks.parse(out);
        assertEquals("1.3", XmlChecks.string(d, "/g:gexf/@version"));
        assertEquals("dynamic", XmlChecks.string(d, "/g:gexf/g:graph/@mode"));
        assertEquals("date", XmlChecks.string(d, "/g:gexf/g:graph/@timeformat"));
        assertEquals(10, XmlChecks.nodes(d, "//g:node").getLength());
        assertEquals(12, XmlChecks.nodes(d, "//g:edge").getLength());
        String russia = XmlChecks.string(d, "//g:node[@label='Russia']/@id");
        String putin = XmlChecks.string(d, "//g:node[@label='Vladimir Putin']/@id");
        assertEquals("Country", XmlChecks.string(d, "//g:node[@id='" + russia + "']/g:attvalues/g:attvalue[@for='type']/@value"));
        assertEquals("Q159", XmlChecks.string(d, "//g:node[@id='" + russia + "']/g:attvalues/g:attvalue[@for='wikidata']/@value"));
        assertEquals("3", XmlChecks.string(d, "//g:node[@id='" + russia + "']/g:attvalues/g:attvalue[@for='mentions']/@value"));
        assertEquals("2024-11-13", XmlChecks.string(d, "//g:node[@id='" + russia + "']/@start"));
        assertEquals("2024-11-20", XmlChecks.string(d, "//g:node[@id='" + russia + "']/@end"));
        String leader = "//g:edge[@source='" + putin + "' and @target='" + russia + "' and @kind='leaderOf']";
        assertEquals("2", XmlChecks.string(d, leader + "/@weight"));
        assertEquals("2024-11-13", XmlChecks.string(d, leader + "/@start"));
        assertEquals("2024-11-20", XmlChecks.string(d, leader + "/@end"));
        assertEquals(1, XmlChecks.nodes(d, "//g:edge[@kind='signedTreatyWith']").getLength());
        assertEquals("undirected", XmlChecks.string(d, "//g:edge[@kind='signedTreatyWith']/@type"));
        assertEquals("CAMEO 057", XmlChecks.string(d, "//g:edge[@kind='cameo:057']/@label"));
        // an undated article's edge has no interval: Gephi shows it throughout
        assertEquals("", XmlChecks.string(d, "//g:edge[@kind='affiliatedWith']/@start"));
    }

    @Test
    void graphmlIsValidGraphmlThatYedDrawsWithLabels() throws Exception {
        byte[] out = ExportFixtures.exportBytes(store, "graphml", Subset.ALL);
        String text = new String(out, StandardCharsets.UTF_8);
        ExportFixtures.golden("graph.graphml", text);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), "yEd wants the XML declaration");
        XmlChecks.validate(out, "graphml-yed.xsd");
        Document d = XmlChecks.parse(out);
        assertEquals(1, XmlChecks.nodes(d, "//gml:key[@for='node' and @yfiles.type='nodegraphics']").getLength());
        assertEquals(1, XmlChecks.nodes(d, "//gml:key[@for='edge' and @yfiles.type='edgegraphics']").getLength());
        assertEquals("d0", XmlChecks.string(d, "//gml:key[@for='node' and @attr.name='label']/@id"));
        assertEquals(10, XmlChecks.nodes(d, "//gml:node").getLength());
        assertEquals(10, XmlChecks.nodes(d, "//gml:node/gml:data/y:ShapeNode[y:Fill/@color and y:NodeLabel and y:Shape/@type]").getLength());
        assertEquals(12, XmlChecks.nodes(d, "//gml:edge/gml:data/y:PolyLineEdge[y:Arrows and y:EdgeLabel]").getLength());
        assertEquals("Vladimir Putin", XmlChecks.string(d, "//gml:node[gml:data[@key='d0']='Vladimir Putin']//y:NodeLabel"));
        assertEquals("none", XmlChecks.string(d, "//gml:edge[gml:data[@key='e1']='signedTreatyWith']//y:Arrows/@target"));
        assertEquals("2", XmlChecks.string(d, "//gml:edge[gml:data[@key='e1']='leaderOf' and gml:data[@key='e3']='2']/gml:data[@key='e3']"));
    }

    @Test
    void cytoscapeIsCytoscapeJson() throws Exception {
        String out = ExportFixtures.export(store, "cytoscape", Subset.ALL);
        ExportFixtures.golden("graph.cyjs", out);
        JsonNode root = JSON.readTree(out);
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(10, nodes.size());
        assertEquals(12, edges.size());
        List<String> ids = new ArrayList<>();
        for (JsonNode n : nodes) {
            assertTrue(n.path("data").path("id").isTextual());
            assertTrue(n.path("data").path("name").isTextual());
            ids.add(n.path("data").path("id").asText());
        }
        for (JsonNode e : edges) {
            JsonNode data = e.path("data");
            assertTrue(ids.contains(data.path("source").asText()) && ids.contains(data.path("target").asText()), data.toString());
            assertTrue(data.path("interaction").isTextual());
            assertTrue(data.path("evidence").isArray());
        }
    }

    @Test
    void dotIsGraphvizDot() throws Exception {
        String out = ExportFixtures.export(store, "dot", Subset.ALL);
        ExportFixtures.golden("graph.dot", out);
        assertTrue(out.startsWith("digraph \"newskg\" {"));
        assertEquals(10, out.lines().filter(l -> l.matches("  \"n[0-9]+\" \\[label=.*")).count());
        assertEquals(12, out.lines().filter(l -> l.contains(" -> ")).count());
        assertFalse(out.contains("=<"), "no HTML-like labels");
    }

    @Test
    void dotRendersWithGraphviz() throws Exception {
        assumeTrue(Graphviz.installed(), "Graphviz (Debian package graphviz) is not installed");
        String svg = Graphviz.svg(ExportFixtures.export(store, "dot", Subset.ALL), dir);
        org.jsoup.nodes.Document d = Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(10, d.select("g.node").size());
        assertEquals(12, d.select("g.edge").size());
        assertTrue(svg.contains(">Vladimir Putin</text>"));
    }

    @Test
    void htmlIsOneOfflinePageWithTheGraph() throws Exception {
        String html = ExportFixtures.export(store, "html", Subset.ALL);
        ExportFixtures.golden("graph.html.json", ExportFixtures.embeddedJson(html));
        org.jsoup.nodes.Document d = Jsoup.parse(html);
        assertEquals(3, d.select("script").size(), "graph data, Cytoscape.js, viewer");
        assertEquals("application/json", d.select("script#graph-data").attr("type"));
        assertTrue(d.select("script[src], link[href], img, iframe, object, embed").isEmpty(), "nothing loaded from anywhere");
        String csp = d.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none'; script-src 'sha256-"), csp);
        assertFalse(html.contains("http://") && html.matches("(?s).*(src|href)=\"https?://.*"), "no remote resource");
        JsonNode data = JSON.readTree(ExportFixtures.embeddedJson(html));
        assertEquals(10, data.path("elements").path("nodes").size());
        JsonNode evidence = null;
        for (JsonNode e : data.path("elements").path("edges")) {
            if (e.path("data").path("interaction").asText().equals("leaderOf") && e.path("data").path("weight").asInt() == 2) {
                evidence = e.path("data").path("evidence");
            }
        }
        assertEquals(2, evidence.size());
        assertEquals("Russian President Vladimir Putin arrived.", evidence.get(0).path("text").asText());
        assertEquals("https://example.org/one", evidence.get(0).path("url").asText());
    }
}
