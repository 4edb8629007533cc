package org.newskg.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on 127.0.0.1 for tests: serves the recorded pages and feeds under
 * src/test/resources/org/newskg/ingest/ ({@code {{BASE}}} in them becomes this server's address),
 * plus whatever handlers a test adds. It counts requests and the most that were in flight at once.
 */
public final class LocalServer implements AutoCloseable {
    private static final String ROOT = "/org/newskg/ingest";
    private final HttpServer server;
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();
    public final List<String> userAgents = new CopyOnWriteArrayList<>();
    /** Each served request waits this long first, so that concurrency can be observed. */
    public volatile long delayMillis;

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "local-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", counting(this::resource));
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a handler for a path prefix. */
    public LocalServer on(String path, HttpHandler h) {
        server.createContext(path, counting(h));
        return this;
    }

    private HttpHandler counting(HttpHandler h) {
        return ex -> {
            requests.incrementAndGet();
            userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                h.handle(ex);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (a cap or a deadline on its side): nothing to do
            } finally {
                inFlight.decrementAndGet();
                ex.close();
            }
        };
    }

    private void resource(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try (InputStream in = path.contains("..") ? null : LocalServer.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = in.readAllBytes();
            String type = path.endsWith(".html") ? "text/html" : path.endsWith(".atom") ? "application/atom+xml"
                    : path.endsWith(".xml") ? "application/rss+xml" : "text/plain";
            if (!path.contains("1252") && !path.contains("utf16")) {
                body = new String(body, StandardCharsets.UTF_8).replace("{{BASE}}", base()).getBytes(StandardCharsets.UTF_8);
            }
            send(ex, 200, type, body);
        }
    }

    public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
