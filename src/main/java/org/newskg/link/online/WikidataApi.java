package org.newskg.link.online;

import org.newskg.ingest.fetch.CappedBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The two read-only calls of the Wikidata API that online linking makes, asked politely: an honest
 * User-Agent with contact details, at most {@code rate} requests a second, a connect timeout and a
 * deadline for the whole answer, a byte cap (after gzip too), {@code Retry-After} honoured on 429
 * and 503 (a few times, within a limit), redirects not followed, and every good answer kept on disk
 * so that it is asked once. Thread-safe: the rate limit holds across threads.
 */
public final class WikidataApi {
    /** The public API. */
    public static final String DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php";
    /** Used when no contact is given; Wikimedia asks bots for a way to reach their operator. */
    public static final String PLACEHOLDER_CONTACT = "contact: set one with --contact or $NEWSKG_CONTACT";

    /**
     * How the API is asked.
     *
     * @param endpoint         the API url ({@value #DEFAULT_ENDPOINT}); http(s), no query
     * @param cacheDir         where answers are kept, or null for none
     * @param perSecond        requests a second at most (cache hits are free)
     * @param contact          an e-mail or url for the User-Agent
     * @param connectTimeout   to open a connection
     * @param deadline         for a whole answer, body included
     * @param maxBytes         the largest answer read (larger ones fail)
     * @param maxRetries       how often a 429/503 is retried
     * @param maxRetryAfter    the longest pause a server may ask for; a longer one fails the look-up
     */
    public record Config(URI endpoint, Path cacheDir, double perSecond, String contact, Duration connectTimeout,
                         Duration deadline, long maxBytes, int maxRetries, Duration maxRetryAfter) {
        public Config {
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || endpoint.getHost() == null) {
                throw new IllegalArgumentException("endpoint must be an http(s) url such as " + DEFAULT_ENDPOINT + ", not " + endpoint);
            }
            if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
                throw new IllegalArgumentException("endpoint must be the API url without a query (such as " + DEFAULT_ENDPOINT + ")");
            }
            if (!(perSecond > 0) || perSecond > 1000) {
                throw new IllegalArgumentException("rate must be above 0 and at most 1000 requests/s, not " + perSecond);
            }
        }

        /** One request a second, 10 s to connect, 30 s an answer, 16 MiB, three retries of at most 120 s. */
        public static Config defaults(URI endpoint, Path cacheDir) {
            return new Config(endpoint, cacheDir, 1.0, null, Duration.ofSeconds(10), Duration.ofSeconds(30),
                    16L << 20, 3, Duration.ofSeconds(120));
        }

        public Config withRate(double perSecond) {
            return new Config(endpoint, cacheDir, perSecond, contact, connectTimeout, deadline, maxBytes, maxRetries, maxRetryAfter);
        }

        public Config withContact(String c) {
            return new Config(endpoint, cacheDir, perSecond, c, connectTimeout, deadline, maxBytes, maxRetries, maxRetryAfter);
        }

        public Config withDeadline(Duration d) {
            return new Config(endpoint, cacheDir, perSecond, contact, connectTimeout, d, maxBytes, maxRetries, maxRetryAfter);
        }

        public Config withMaxBytes(long n) {
            return new Config(endpoint, cacheDir, perSecond, contact, connectTimeout, deadline, n, maxRetries, maxRetryAfter);
        }

        /** The User-Agent sent: names newskg and its version, the contact, and the HTTP library. */
        public String userAgent() {
            String c = contact == null || contact.isBlank() ? PLACEHOLDER_CONTACT : contact.strip().replaceAll("[\\p{Cntrl}()]", " ");
            String v = WikidataApi.class.getPackage().getImplementationVersion();
            return "newskg/" + (v == null ? "0.1" : v) + " (https://w3id.org/newskg; " + c + ") Java-http-client/"
                    + Runtime.version().feature();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Config config;
    private final HttpClient client;
    private final RateLimiter limiter;
    private final ResponseCache cache;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger cacheHits = new AtomicInteger();
    private final Consumer<String> warnings;

    /** @param warnings told once about a cache that cannot be written, and about each retry */
    public WikidataApi(Config config, Consumer<String> warnings) {
        this.config = config;
        this.warnings = warnings;
        this.limiter = new RateLimiter(config.perSecond());
        this.cache = new ResponseCache(config.cacheDir(), config.maxBytes());
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The "default" cache folder: {@code $XDG_CACHE_HOME/newskg/wikidata}, else
     * {@code ~/.cache/newskg/wikidata}.
     */
    public static Path defaultCacheDir(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newskg").resolve("wikidata");
    }

    /** {@code wbsearchentities}: items whose English label or alias starts with or equals {@code name}, at most 5. */
    public JsonNode search(String name) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("action", "wbsearchentities");
        p.put("search", name);
        p.put("language", "en");
        p.put("uselang", "en");
        p.put("type", "item");
        p.put("limit", "5");
        p.put("format", "json");
        return get(p);
    }

    /**
     * {@code wbgetentities} for up to 50 items: English labels, descriptions and aliases, claims
     * (for P31) and the English Wikipedia sitelink.
     */
    public JsonNode entities(List<String> qids) {
        if (qids.isEmpty() || qids.size() > 50) {
            throw new IllegalArgumentException("between 1 and 50 ids, not " + qids.size());
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("action", "wbgetentities");
        p.put("ids", String.join("|", qids));
        p.put("props", "labels|descriptions|aliases|claims|sitelinks");
        p.put("languages", "en");
        p.put("sitefilter", "enwiki");
        p.put("format", "json");
        return get(p);
    }

    /** Requests sent over the network so far (retries included). */
    public int requests() {
        return requests.get();
    }

    /** Answers taken from the cache so far. */
    public int cacheHits() {
        return cacheHits.get();
    }

    public Config config() {
        return config;
    }

    private JsonNode get(Map<String, String> params) {
        StringBuilder sb = new StringBuilder(config.endpoint().toString()).append('?');
        params.forEach((k, v) -> sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        String url = sb.substring(0, sb.length() - 1);
        byte[] kept = cache.get(url);
        if (kept != null) {
            JsonNode n = parse(kept, url);
            if (n != null && !n.has("error")) {
                cacheHits.incrementAndGet();
                return n;
            }
        }
        byte[] body = fetch(url);
        JsonNode n = parse(body, url);
        if (n == null) {
            throw new OnlineLinkException("the answer to " + url + " is not JSON");
        }
        if (n.has("error")) {
            JsonNode e = n.get("error");
            throw new OnlineLinkException("the API refused " + params.get("action") + ": "
                    + e.path("code").asText("?") + " " + e.path("info").asText(""));
        }
        try {
            cache.put(url, body);
        } catch (IOException e) {
            warnings.accept("cannot write the cache in " + cache.dir() + " (" + e + "); going on without it");
        }
        return n;
    }

    private static JsonNode parse(byte[] body, String url) {
        try {
            JsonNode n = JSON.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] fetch(String url) {
        URI uri = URI.create(url);
        for (int attempt = 0; ; attempt++) {
            try {
                limiter.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OnlineLinkException("interrupted");
            }
            requests.incrementAndGet();
            HttpResponse<CappedBody.Result> r = send(uri);
            int status = r.statusCode();
            if (status == 200) {
                return body(r);
            }
            if ((status == 429 || status == 503) && attempt < config.maxRetries()) {
                Duration wait = retryAfter(r.headers().firstValue("Retry-After").orElse(null));
                if (wait.compareTo(config.maxRetryAfter()) > 0) {
                    throw new OnlineLinkException("HTTP " + status + ": the server asks to wait " + wait.toSeconds()
                            + " s, more than " + config.maxRetryAfter().toSeconds() + " s; try again later");
                }
                warnings.accept("HTTP " + status + " from " + uri.getHost() + "; waiting " + wait.toMillis() / 1000.0 + " s as asked");
                limiter.pause(wait.toNanos());
                continue;
            }
            String retry = r.headers().firstValue("Retry-After").map(v -> "; the server asks to retry after " + v).orElse("");
            throw new OnlineLinkException("HTTP " + status + " from " + uri.getHost() + retry);
        }
    }

    /** Seconds or an HTTP date; 5 s when missing or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(5);
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return Duration.ofSeconds(5);
            }
        }
    }

    private HttpResponse<CappedBody.Result> send(URI uri) {
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(config.deadline())
                .header("User-Agent", config.userAgent())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET().build();
        CompletableFuture<HttpResponse<CappedBody.Result>> f = client.sendAsync(req, info -> new CappedBody(config.maxBytes()));
        try {
            return f.get(config.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new OnlineLinkException("no complete answer from " + uri.getHost() + " within " + config.deadline().toSeconds() + " s");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new OnlineLinkException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof java.net.http.HttpConnectTimeoutException) {
                throw new OnlineLinkException("cannot connect to " + uri.getHost() + " within " + config.connectTimeout().toSeconds() + " s", c);
            }
            if (c instanceof java.net.ConnectException) {
                throw new OnlineLinkException("cannot connect to " + uri.getHost() + " (connection refused)", c);
            }
            throw new OnlineLinkException("request to " + uri.getHost() + " failed: " + c, c);
        }
    }

    private byte[] body(HttpResponse<CappedBody.Result> r) {
        CappedBody.Result c = r.body();
        if (c.truncated()) {
            throw new OnlineLinkException("answer larger than " + config.maxBytes() + " bytes; not read");
        }
        String enc = r.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        if (enc.equals("identity")) {
            return c.bytes();
        }
        if (!enc.equals("gzip") && !enc.equals("x-gzip")) {
            throw new OnlineLinkException("unsupported Content-Encoding '" + enc + "'");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(c.bytes()))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes()));
            if (in.read() >= 0) {
                throw new OnlineLinkException("answer larger than " + config.maxBytes() + " bytes once unzipped; not read");
            }
            return out;
        } catch (IOException e) {
            throw new OnlineLinkException("bad gzip answer: " + e.getMessage(), e);
        }
    }

}
