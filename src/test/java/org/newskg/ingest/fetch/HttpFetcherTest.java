package org.newskg.ingest.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.LocalServer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetcher's limits, against a local server only: no test touches the network. */
class HttpFetcherTest {
    private final LocalServer server = new LocalServer();
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Limits.defaults().withAllowLoopback(true)
            .withDeadline(Duration.ofSeconds(3)).withMaxBytes(64 * 1024));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAPageWithAnHonestUserAgent() throws Exception {
        FetchedPage p = fetcher.fetch(server.base() + "/pages/jsonld-graph.html");
        assertEquals("text/html", p.contentType());
        assertFalse(p.truncated());
        assertTrue(new String(p.body(), StandardCharsets.UTF_8).contains("Lighthouse Winmore"));
        assertTrue(server.userAgents.get(0).startsWith("newskg/"), server.userAgents.toString());
    }

    @Test
    void followsUpToFiveRedirectsAndRevalidatesEachHop() throws Exception {
        server.on("/hop/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring(5));
            ex.getResponseHeaders().set("Location", n == 0 ? "/pages/density-only.html" : "/hop/" + (n - 1));
            ex.sendResponseHeaders(302, -1);
        });
        FetchedPage p = fetcher.fetch(server.base() + "/hop/4");
        assertTrue(p.finalUrl().endsWith("/pages/density-only.html"), p.finalUrl());
        FetchException tooMany = assertThrows(FetchException.class, () -> fetcher.fetch(server.base() + "/hop/5"));
        assertTrue(tooMany.getMessage().contains("too many redirects"), tooMany.getMessage());

        server.on("/to-file", ex -> {
            ex.getResponseHeaders().set("Location", "file:///etc/passwd");
            ex.sendResponseHeaders(301, -1);
        });
        assertTrue(assertThrows(FetchException.class, () -> fetcher.fetch(server.base() + "/to-file")).getMessage()
                .contains("only http and https"));
        server.on("/to-private", ex -> {
            ex.getResponseHeaders().set("Location", "http://10.1.2.3/admin");
            ex.sendResponseHeaders(307, -1);
        });
        String m = assertThrows(FetchException.class, () -> fetcher.fetch(server.base() + "/to-private")).getMessage();
        assertTrue(m.contains("10.1.2.3") && m.contains("private"), m);
        server.on("/loop", ex -> {
            ex.getResponseHeaders().set("Location", "/loop");
            ex.sendResponseHeaders(302, -1);
        });
        assertTrue(assertThrows(FetchException.class, () -> fetcher.fetch(server.base() + "/loop")).getMessage().contains("too many"));
    }

    @Test
    void capsTheBodyWhateverContentLengthSays() throws Exception {
        server.on("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no length
            byte[] chunk = "<p>more and more text</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                }
            }
        });
        FetchedPage p = fetcher.fetch(server.base() + "/endless");
        assertTrue(p.truncated());
        assertEquals(64 * 1024, p.body().length);
    }

    @Test
    void aSlowBodyHitsTheTotalDeadline() {
        server.on("/slow", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long t0 = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.base() + "/slow"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.getMessage().contains("within 3 s"), e.getMessage());
        assertTrue(ms < 6000, "gave up after " + ms + " ms");
    }

    @Test
    void gzipContentEncodingIsCappedAfterDecompression() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            gz.write(new byte[50 << 20]);
        }
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "text/html", bomb.toByteArray());
        });
        FetchedPage p = fetcher.fetch(server.base() + "/bomb");
        assertTrue(p.truncated());
        assertEquals(64 * 1024, p.body().length);
    }

    @Test
    void httpErrorsAndRetryAfterAreReported() {
        server.on("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            ex.sendResponseHeaders(429, -1);
        });
        assertEquals("HTTP 429; the server asks to retry after 120", assertThrows(FetchException.class,
                () -> fetcher.fetch(server.base() + "/busy")).getMessage());
        assertEquals("HTTP 404", assertThrows(FetchException.class, () -> fetcher.fetch(server.base() + "/nope")).getMessage());
    }

    @Test
    void noMoreThanNRequestsInFlight() throws Exception {
        server.delayMillis = 150;
        HttpFetcher two = new HttpFetcher(HttpFetcher.Limits.defaults().withAllowLoopback(true).withMaxInFlight(2));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<FetchedPage>> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fs.add(pool.submit(() -> two.fetch(server.base() + "/pages/density-only.html")));
        }
        for (Future<FetchedPage> f : fs) {
            assertNotNull(f.get());
        }
        pool.shutdown();
        assertEquals(8, server.requests.get());
        assertTrue(server.maxInFlight.get() <= 2, "max in flight " + server.maxInFlight.get());
    }

    @Test
    void loopbackIsRefusedWithoutTheOptIn() {
        HttpFetcher strict = new HttpFetcher(HttpFetcher.Limits.defaults().withAllowLoopback(false));
        String m = assertThrows(FetchException.class, () -> strict.fetch(server.base() + "/pages/jsonld-graph.html")).getMessage();
        assertTrue(m.contains("loopback"), m);
        assertEquals(0, server.requests.get(), "refused before any connection");
        for (String url : List.of("http://localhost:1/", "http://[::1]:1/", "http://0.0.0.0:1/")) {
            assertThrows(FetchException.class, () -> strict.fetch(url), url);
        }
    }

    @Test
    void schemesCredentialsAndMalformedUrlsAreRefusedBeforeAnyIo() {
        for (String url : List.of("file:///etc/passwd", "ftp://example.com/x", "jar:file:/x.jar!/a", "gopher://x/",
                "mailto:a@b.c", "data:text/html,<p>x</p>", "javascript:alert(1)", "http://user:pass@example.com/",
                "http://exa mple.com/", "http://example.com/\r\nX-Injected: 1", "http:///nohost",
                "http://example.com/" + "a".repeat(3000))) {
            assertThrows(FetchException.class, () -> fetcher.fetch(url), url);
        }
    }

    @Test
    void obfuscatedIpLiteralsAreRefused() {
        for (String host : List.of("2130706433", "0x7f.1", "017700000001", "127.1", "0x7f000001", "0177.0.0.1", "10.1")) {
            assertNotNull(AddressPolicy.refuseHostForm(host), host);
            assertThrows(FetchException.class, () -> fetcher.fetch("http://" + host + "/"), host);
        }
        assertNull(AddressPolicy.refuseHostForm("93.184.216.34"));
        assertNull(AddressPolicy.refuseHostForm("example.com"));
        assertNull(AddressPolicy.refuseHostForm("1password.com"));
    }

    @Test
    void privateAndSpecialAddressesAreBlocked() throws Exception {
        for (String ip : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "::1", "fc00::1", "fd12:3456::1", "fe80::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1", "::")) {
            assertNotNull(AddressPolicy.refuse(InetAddress.getByName(ip), false), ip);
        }
        for (String ip : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111")) {
            assertNull(AddressPolicy.refuse(InetAddress.getByName(ip), false), ip);
        }
        assertNull(AddressPolicy.refuse(InetAddress.getByName("127.0.0.1"), true), "the opt-in allows loopback");
        assertNotNull(AddressPolicy.refuse(InetAddress.getByName("10.0.0.1"), true), "but never the private network");
    }
}
