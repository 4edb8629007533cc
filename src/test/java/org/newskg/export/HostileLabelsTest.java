package org.newskg.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.TdbStore;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Labels and sentences written to break out of each format (hostile.trig; HOSTILE-INPUTS rows
 * 62-64): every export still parses, keeps the text as text, and carries nothing that runs or loads.
 */
class HostileLabelsTest {
    @TempDir
    static Path dir;
    static TdbStore store;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String H1 = "</script><script>window.__pwned=1</script>";
    private static final String H4 = "Back\\slash \"quote\" ]; n [image=\"/etc/passwd\"";

    @BeforeAll
    static void load() {
        store = ExportFixtures.store(dir.resolve("store"), "hostile.trig");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void textIsCleanedOfControlAndBidiCharacters() {
        assertEquals("line1 line2 bell esc nul-ish vt end", Text.label("line1\nline2\r\n\tbell\u0007 esc\u001B nul-ish\u0001 vt\u000B \u0085end"));
        assertEquals("gnp.exe &amp; &foo; \\N \\G", Text.label("\u202Egnp.exe\u202C &amp; &foo; \\N \\G"));
        assertEquals("a b", Text.label("a\u2028b\uFFFE\uD800"));
        assertEquals(Text.MAX_LABEL + 1, Text.label("x".repeat(500)).length());
        assertEquals("\"Back\\\\slash \\\"q\\\" &amp; x\"", Text.dot("Back\\slash \"q\" & x"));
        assertEquals("\u200B<html>x", Text.yed("<html>x"));
        assertEquals(null, Text.httpUrl("javascript:alert(1)"));
    }

    @Test
    void xmlFormatsStayWellFormedAndValid() throws Exception {
        byte[] gexf = ExportFixtures.exportBytes(store, "gexf", Subset.ALL);
        XmlChecks.validate(gexf, "gexf-1.3.xsd");
        Document g = XmlChecks.parse(gexf);
        assertEquals(H1, XmlChecks.string(g, "//g:node[g:attvalues/g:attvalue[@for='iri']/@value='https://w3id.org/newskg/entity/h1']/@label"));
        assertEquals(7, XmlChecks.nodes(g, "//g:node").getLength());

        byte[] graphml = ExportFixtures.exportBytes(store, "graphml", Subset.ALL);
        XmlChecks.validate(graphml, "graphml-yed.xsd");
        Document d = XmlChecks.parse(graphml);
        assertEquals(7, XmlChecks.nodes(d, "//gml:node").getLength());
        // yEd would render a label starting with <html> as HTML: it must not start so
        for (String label : List.of(XmlChecks.string(d, "//gml:node[gml:data[@key='d3']='https://w3id.org/newskg/entity/h3']//y:NodeLabel"),
                XmlChecks.string(d, "//gml:node[gml:data[@key='d3']='https://w3id.org/newskg/entity/h1']//y:NodeLabel"))) {
            assertFalse(label.startsWith("<"), label);
            assertTrue(label.startsWith("\u200B<"), label);
        }
        assertEquals(H4, XmlChecks.string(d, "//gml:node[gml:data[@key='d3']='https://w3id.org/newskg/entity/h4']/gml:data[@key='d0']"));
    }

    @Test
    void cytoscapeJsonParsesAndKeepsTheText() throws Exception {
        JsonNode root = JSON.readTree(ExportFixtures.export(store, "cytoscape", Subset.ALL));
        Set<String> names = new HashSet<>();
        root.path("elements").path("nodes").forEach(n -> names.add(n.path("data").path("name").asText()));
        assertTrue(names.contains(H1), names.toString());
        assertTrue(names.contains(H4), names.toString());
        assertTrue(names.contains("line1 line2 bell esc nul-ish vt end"), names.toString());
    }

    @Test
    void dotQuotesEverythingAndDataDrivesNoFileOrLinkAttribute() throws Exception {
        String dot = ExportFixtures.export(store, "dot", Subset.ALL);
        assertFalse(dot.contains("=<"), "no HTML-like label");
        assertTrue(dot.contains("[label=\"Back\\\\slash \\\"quote\\\" ]; n [image=\\\"/etc/passwd\\\"\""), dot);
        for (String line : dot.lines().toList()) {
            String outsideStrings = line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
            assertFalse(outsideStrings.matches(".*\\b(image|URL|href|fontpath|imagepath|shapefile|stylesheet)\\s*=.*"), line);
        }
        assumeTrue(Graphviz.installed(), "Graphviz (Debian package graphviz) is not installed");
        String svg = Graphviz.svg(dot, dir);
        org.jsoup.nodes.Document d = Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(7, d.select("g.node").size(), "a re-parse gives the same node count");
        assertTrue(d.select("image, a, script, foreignObject").isEmpty(), "nothing that loads or runs");
        assertTrue(svg.contains("]; n [image=&quot;/etc/passwd&quot;") || svg.contains("]; n [image=\"/etc/passwd\""), "label kept as text");
    }

    @Test
    void htmlRunsNoInjectedCodeAndLinksOnlyHttp() throws Exception {
        String html = ExportFixtures.export(store, "html", Subset.ALL);
        org.jsoup.nodes.Document d = Jsoup.parse(html);
        assertEquals(3, d.select("script").size(), "only the data block, Cytoscape.js and the viewer");
        assertEquals(1, d.select("script[type=application/json]").size());
        for (Element e : d.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler in " + e.tagName()));
        }
        assertTrue(d.select("img, iframe, object, embed, a[href^=javascript]").isEmpty());
        String json = ExportFixtures.embeddedJson(html);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), "markup characters are \\u-escaped");
        assertFalse(html.contains("javascript:alert"), "a javascript: source is never written as a link");
        JsonNode root = JSON.readTree(json);
        Set<String> names = new HashSet<>();
        root.path("elements").path("nodes").forEach(n -> names.add(n.path("data").path("name").asText()));
        assertTrue(names.contains(H1));
        root.path("elements").path("edges").forEach(e -> e.path("data").path("evidence")
                .forEach(ev -> assertTrue(ev.path("url").isMissingNode(), "javascript: URL dropped")));
    }

    @Test
    void framedJsonLdParses() throws Exception {
        JsonNode root = JSON.readTree(ExportFixtures.export(store, "jsonld-framed", Subset.ALL));
        JsonNode article = root.has("@graph") ? root.path("@graph").get(0) : root;
        Set<String> labels = new HashSet<>();
        article.path("mentions").forEach(m -> labels.add(m.path("label").asText()));
        assertTrue(labels.contains(H1) && labels.contains(H4), labels.toString());
    }

    @Test
    void rdfExportsRoundTrip() {
        DatasetGraph stored = store.read(dsg -> {
            DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            dsg.find().forEachRemaining(copy::add);
            return copy;
        });
        for (String format : List.of("trig", "nq")) {
            byte[] out = ExportFixtures.exportBytes(store, format, Subset.ALL);
            DatasetGraph back = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            RDFDataMgr.read(back, new ByteArrayInputStream(out), format.equals("trig") ? Lang.TRIG : Lang.NQUADS);
            assertTrue(IsoMatcher.isomorphic(stored, back), format + " round trip");
        }
        String ttl = new String(ExportFixtures.exportBytes(store, "ttl", Subset.ALL), StandardCharsets.UTF_8);
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), Lang.TTL);
        assertTrue(g.isIsomorphicWith(stored.getUnionGraph()), "ttl round trip");
        org.apache.jena.graph.Graph j = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFDataMgr.read(j, new ByteArrayInputStream(ExportFixtures.exportBytes(store, "jsonld", Subset.ALL)), Lang.JSONLD11);
        assertTrue(j.isIsomorphicWith(stored.getUnionGraph()), "jsonld round trip");
    }
}
