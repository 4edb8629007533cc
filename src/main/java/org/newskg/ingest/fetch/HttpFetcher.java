package org.newskg.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages politely and defensively with the JDK client: connect timeout and a total deadline
 * (the client's own request timeout stops at the headers, so a slow body is bounded here), a byte
 * cap while streaming, an honest User-Agent, at most N requests in flight, redirects followed by
 * hand (at most 5) so that every hop is checked again: scheme, no https-to-http downgrade, and
 * the resolved addresses. Loopback is refused unless allowed (tests serve pages from 127.0.0.1).
 *
 * <p>Known limit: the client resolves the host again when it connects, so a DNS answer that
 * changes between the check and the connection (rebinding) is not caught.
 */
public final class HttpFetcher implements Fetcher {
    /** Set to true to allow fetching from loopback addresses (local test servers). */
    public static final String ALLOW_LOOPBACK_PROPERTY = "newskg.fetch.allowLoopback";
    public static final String USER_AGENT = "newskg/0.1 (news knowledge-graph builder; +https://w3id.org/newskg)";

    /** The limits of a fetcher; {@link #defaults()} are what the CLI uses. */
    public record Limits(Duration connectTimeout, Duration deadline, long maxBytes, int maxRedirects, int maxInFlight,
                         boolean allowLoopback) {
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 8L << 20, 5, 4,
                    Boolean.getBoolean(ALLOW_LOOPBACK_PROPERTY));
        }

        public Limits withMaxInFlight(int n) {
            return new Limits(connectTimeout, deadline, maxBytes, maxRedirects, Math.max(1, n), allowLoopback);
        }

        public Limits withAllowLoopback(boolean allow) {
            return new Limits(connectTimeout, deadline, maxBytes, maxRedirects, maxInFlight, allow);
        }

        public Limits withDeadline(Duration d) {
            return new Limits(connectTimeout, d, maxBytes, maxRedirects, maxInFlight, allowLoopback);
        }

        public Limits withMaxBytes(long n) {
            return new Limits(connectTimeout, deadline, n, maxRedirects, maxInFlight, allowLoopback);
        }
    }

    private final Limits limits;
    private final HttpClient client;
    private final Semaphore inFlight;

    public HttpFetcher(Limits limits) {
        this.limits = limits;
        this.inFlight = new Semaphore(limits.maxInFlight(), true);
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Limits limits() {
        return limits;
    }

    @Override
    public FetchedPage fetch(String url) throws FetchException {
        URI uri = UrlCheck.parse(url);
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
        try {
            long deadline = System.nanoTime() + limits.deadline().toNanos();
            for (int hop = 0; ; hop++) {
                checkAddress(uri);
                HttpResponse<CappedBody.Result> r = send(uri, deadline);
                int status = r.statusCode();
                if (status >= 300 && status < 400 && status != 304) {
                    if (hop >= limits.maxRedirects()) {
                        throw new FetchException("too many redirects (more than " + limits.maxRedirects() + ")");
                    }
                    uri = redirectTarget(uri, r);
                    continue;
                }
                if (status < 200 || status >= 300) {
                    String retry = r.headers().firstValue("Retry-After").map(v -> "; the server asks to retry after " + v).orElse("");
                    throw new FetchException("HTTP " + status + retry);
                }
                return page(url, uri, r);
            }
        } finally {
            inFlight.release();
        }
    }

    private HttpResponse<CappedBody.Result> send(URI uri, long deadline) throws FetchException {
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(limits.deadline())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET().build();
        CompletableFuture<HttpResponse<CappedBody.Result>> f = client.sendAsync(req, info -> new CappedBody(limits.maxBytes()));
        try {
            return f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new FetchException("no complete answer within " + limits.deadline().toSeconds() + " s; gave up");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof java.net.http.HttpConnectTimeoutException) {
                throw new FetchException("cannot connect within " + limits.connectTimeout().toSeconds() + " s", c);
            }
            if (c instanceof java.net.http.HttpTimeoutException) {
                throw new FetchException("no answer within " + limits.deadline().toSeconds() + " s", c);
            }
            if (c instanceof java.net.ConnectException) {
                throw new FetchException("connection refused", c);
            }
            throw new FetchException("fetch failed: " + c, c);
        }
    }

    private URI redirectTarget(URI from, HttpResponse<?> r) throws FetchException {
        String loc = r.headers().firstValue("Location")
                .orElseThrow(() -> new FetchException("HTTP " + r.statusCode() + " redirect without a Location"));
        URI to;
        try {
            to = UrlCheck.parse(from.resolve(loc.strip()).toString());
        } catch (IllegalArgumentException e) {
            throw new FetchException("redirect to a malformed url");
        } catch (FetchException e) {
            throw new FetchException("redirect refused: " + e.getMessage());
        }
        if (from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http")) {
            throw new FetchException("redirect from https to plain http refused");
        }
        return to;
    }

    private void checkAddress(URI uri) throws FetchException {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String form = AddressPolicy.refuseHostForm(host);
        if (form != null) {
            throw new FetchException(form);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host '" + host + "'");
        }
        for (InetAddress a : addresses) {
            String why = AddressPolicy.refuse(a, limits.allowLoopback());
            if (why != null) {
                throw new FetchException("host '" + host + "' resolves to " + a.getHostAddress() + ", " + why
                        + "; newskg fetches only public addresses");
            }
        }
    }

    private FetchedPage page(String requested, URI uri, HttpResponse<CappedBody.Result> r) throws FetchException {
        CappedBody.Result body = r.body();
        String type = r.headers().firstValue("Content-Type").orElse(null);
        String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        byte[] bytes = body.bytes();
        boolean truncated = body.truncated();
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            // We never ask for gzip, but servers send it anyway; decompress within the same cap.
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes()));
                truncated |= in.read() >= 0;
            } catch (IOException e) {
                if (!truncated) {
                    throw new FetchException("bad gzip body: " + e.getMessage());
                }
            }
        } else if (!encoding.equals("identity")) {
            throw new FetchException("unsupported Content-Encoding '" + encoding + "'");
        }
        return new FetchedPage(requested, uri.toString(), type, bytes, truncated);
    }
}
