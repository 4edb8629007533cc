package org.newskg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFixtures;
import org.newskg.store.TdbStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * newskg serve over a small store (fixture.trig), spoken to over HTTP on loopback: SPARQL queries
 * answer in JSON, writes are refused unless --update, SERVICE never calls out, foreign Host
 * headers are refused, and the page's own calls answer.
 */
class ServeTest {
    @TempDir
    static Path dir;
    static TdbStore store;
    static GraphServer server;
    static String base;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = client();

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @BeforeAll
    static void start() {
        store = ExportFixtures.store(dir.resolve("store"), "fixture.trig");
        server = GraphServer.start(store, new ServeOptions("localhost", 0, false, 10));
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Each POST on a connection of its own: a refused write can make the server close a kept-alive
     * connection, and the JDK client retries only idempotent requests on a connection found closed.
     */
    private static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return client().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json, */*")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> labels(String sparqlJson) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode b : JSON.readTree(sparqlJson).path("results").path("bindings")) {
            out.add(b.path("label").path("value").asText());
        }
        return out;
    }

    @Test
    void sparqlProtocolAnswersInJsonOverTheUnionOfArticles() throws Exception {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?label WHERE { ?e a <https://w3id.org/newskg/ontology#Person> ; rdfs:label ?label } ORDER BY ?label";
        HttpResponse<String> r = get("/newskg/sparql?" + form("query", q), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals(List.of("Kim Jong Un", "Mark Rutte", "Vladimir Putin", "Volodymyr Zelenskyy"), labels(r.body()));
        HttpResponse<String> p = post(base + "/newskg/query", "application/x-www-form-urlencoded", form("query", q));
        assertEquals(200, p.statusCode(), p.body());
        assertEquals(labels(r.body()), labels(p.body()));
    }

    @Test
    void writesAreRefusedWhenReadOnly() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"planted\" } }";
        List<HttpResponse<String>> tries = List.of(
                post(base + "/newskg/update", "application/x-www-form-urlencoded", form("update", update)),
                post(base + "/newskg", "application/x-www-form-urlencoded", form("update", update)),
                post(base + "/newskg/sparql", "application/sparql-update", update),
                post(base + "/newskg/data?graph=urn:x:g", "text/turtle", "<urn:x:s> <urn:x:p> \"planted\" ."));
        for (HttpResponse<String> r : tries) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.uri() + " answered " + r.statusCode());
        }
        HttpResponse<String> ask = get("/newskg/sparql?" + form("query", "ASK { GRAPH ?g { ?s ?p \"planted\" } }"),
                "application/sparql-results+json");
        assertFalse(JSON.readTree(ask.body()).path("boolean").asBoolean(true), "nothing was written");
    }

    @Test
    void federatedServiceIsRefusedAndCallsNobody() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(200);
            AtomicInteger connections = new AtomicInteger();
            Thread t = new Thread(() -> {
                long end = System.currentTimeMillis() + 5000;
                while (System.currentTimeMillis() < end) {
                    try (Socket s = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening until the end
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.start();
            String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + trap.getLocalPort() + "/sparql> { ?s ?p ?o } } LIMIT 1";
            HttpResponse<String> r = get("/newskg/sparql?" + form("query", q), "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + ": " + r.body());
            Thread.sleep(300);
            trap.close();
            t.join();
            assertEquals(0, connections.get(), "the server connected to the SERVICE address");
        }
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /newskg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: attacker.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            assertTrue(status.startsWith("HTTP/1.1 421"), status);
        }
        assertEquals(200, get("/newskg/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode());
    }

    @Test
    void thePageAndItsCalls() throws Exception {
        HttpResponse<String> page = get("/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("connect-src 'self'"));
        assertTrue(page.body().contains("<script src=\"web/viewer.js\"></script>"));
        assertEquals(200, get("/web/cytoscape.min.js", "*/*").statusCode());
        assertTrue(get("/web/../../etc/passwd", "*/*").statusCode() >= 400, "no path escapes");
        assertEquals(404, get("/web/passwd", "*/*").statusCode());

        JsonNode hits = JSON.readTree(get("/api/search?q=kor", "application/json").body());
        assertEquals("North Korea", hits.get(0).path("label").asText());
        assertEquals("https://w3id.org/newskg/entity/Q423", hits.get(0).path("iri").asText());

        HttpResponse<String> g = get("/api/graph?entity=" + URLEncoder.encode("https://w3id.org/newskg/entity/Q7184", StandardCharsets.UTF_8)
                + "&hops=1", "application/json");
        assertEquals(200, g.statusCode(), g.body());
        List<String> names = new ArrayList<>();
        JSON.readTree(g.body()).path("elements").path("nodes").forEach(n -> names.add(n.path("data").path("name").asText()));
        assertEquals(List.of("NATO", "Mark Rutte"), names.stream().sorted((a, b) -> b.compareTo(a)).toList());

        HttpResponse<String> none = get("/api/graph?entity=Atlantis", "application/json");
        assertEquals(400, none.statusCode());
        assertTrue(JSON.readTree(none.body()).path("error").asText().contains("Atlantis"));
        assertEquals(400, get("/api/graph?entity=Russia&hops=9", "application/json").statusCode());
    }

    @Test
    void updateFlagAllowsWrites() throws Exception {
        try (TdbStore other = ExportFixtures.store(dir.resolve("writable"), "fixture.trig");
             GraphServer rw = GraphServer.start(other, new ServeOptions("localhost", 0, true, 10))) {
            String url = "http://localhost:" + rw.port();
            HttpResponse<String> r = post(url + "/newskg/update", "application/x-www-form-urlencoded",
                    form("update", "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written\" } }"));
            assertTrue(r.statusCode() >= 200 && r.statusCode() < 300, r.statusCode() + " " + r.body());
            HttpResponse<String> ask = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/newskg/sparql?"
                    + form("query", "ASK { GRAPH ?g { ?s ?p \"written\" } }"))).header("Accept", "application/sparql-results+json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(JSON.readTree(ask.body()).path("boolean").asBoolean());
        }
    }
}
