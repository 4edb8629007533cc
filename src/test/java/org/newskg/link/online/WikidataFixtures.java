package org.newskg.link.online;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A stand-in for the Wikidata API on 127.0.0.1 that replays the recorded answers under
 * src/test/resources/org/newskg/link/online/: {@code search-{name}.json} for wbsearchentities and
 * {@code entities-{Q1-Q2}.json} for wbgetentities. Unknown requests get a 404. It notes every
 * request (time, query, User-Agent); a test may answer some requests itself first.
 */
final class WikidataFixtures implements AutoCloseable {
    static final String PATH = "/w/api.php";

    /** One request as the server saw it. */
    record Seen(long nanos, Map<String, String> params, String userAgent, String acceptEncoding) {
    }

    /** An answer a test gives by itself: status, headers, body. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** Consulted first; null means "replay the recording". */
    volatile Function<Map<String, String>, Reply> override = p -> null;
    private final HttpServer server;

    WikidataFixtures() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "wikidata-fixtures");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(PATH, this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    int requests() {
        return seen.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> p = params(ex.getRequestURI().getRawQuery());
            seen.add(new Seen(System.nanoTime(), p, ex.getRequestHeaders().getFirst("User-Agent"),
                    ex.getRequestHeaders().getFirst("Accept-Encoding")));
            Reply r = override.apply(p);
            if (r == null) {
                r = replay(p);
            }
            r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    private static Reply replay(Map<String, String> p) throws IOException {
        String file = switch (p.getOrDefault("action", "")) {
            case "wbsearchentities" -> "search-" + p.getOrDefault("search", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".json";
            case "wbgetentities" -> "entities-" + p.getOrDefault("ids", "").replace('|', '-') + ".json";
            default -> null;
        };
        try (InputStream in = file == null ? null : WikidataFixtures.class.getResourceAsStream(file)) {
            if (in == null) {
                return json(404, "{\"error\":{\"code\":\"no-recording\",\"info\":\"no recorded answer: " + file + "\"}}");
            }
            return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), in.readAllBytes());
        }
    }

    static Reply json(int status, String body) {
        return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> p = new LinkedHashMap<>();
        if (rawQuery == null) {
            return p;
        }
        for (String kv : rawQuery.split("&")) {
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            p.put(k, eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return p;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
