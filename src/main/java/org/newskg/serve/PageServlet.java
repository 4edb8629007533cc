package org.newskg.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newskg.export.PageJson;
import org.newskg.export.Subset;
import org.newskg.export.WebAssets;
import org.newskg.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * newskg serve's page: {@code /} (search entities, see one entity's graph and facts with
 * evidence), its assets under {@code /web/}, and the two JSON calls it makes: {@code /api/search?q=}
 * and {@code /api/graph?entity=&hops=} (the html export's graph, for one neighbourhood).
 */
final class PageServlet extends HttpServlet {
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final int MAX_QUERY = 200;
    private static final int MAX_HOPS = 3;

    private final transient Store store;
    private final long timeoutSeconds;

    PageServlet(Store store, long timeoutSeconds) {
        this.store = store;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        try {
            switch (path) {
                case "/", "/index.html" -> send(res, "text/html", page());
                case "/web/viewer.js" -> send(res, "text/javascript", WebAssets.ours("viewer.js"));
                case "/web/viewer.css" -> send(res, "text/css", WebAssets.ours("viewer.css"));
                case "/web/cytoscape.min.js" -> send(res, "text/javascript", WebAssets.cytoscape());
                case "/api/search" -> sendJson(res, search(req.getParameter("q")));
                case "/api/graph" -> sendJson(res, graph(req));
                default -> error(res, 404, "no such page: try / or /newskg/sparql");
            }
        } catch (IllegalArgumentException e) {
            error(res, 400, e.getMessage());
        } catch (org.apache.jena.query.QueryCancelledException e) {
            error(res, 503, "the query took longer than " + timeoutSeconds + " s");
        }
    }

    private static String page() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>newskg</title>\n<link rel=\"icon\" href=\"data:,\">\n"
                + "<link rel=\"stylesheet\" href=\"web/viewer.css\">\n</head>\n"
                + "<body data-api=\"api\">\n" + WebAssets.ours("body.html")
                + "<footer hidden>SPARQL endpoint: " + ServeOptions.DATASET + "/sparql</footer>\n"
                + "<script src=\"web/cytoscape.min.js\"></script>\n<script src=\"web/viewer.js\"></script>\n</body>\n</html>\n";
    }

    private byte[] search(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new IllegalArgumentException("search text longer than " + MAX_QUERY + " characters");
        }
        return store.read(dsg -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.writeStartArray();
                org.newskg.export.ExportQueries.load("search")
                        .bindAll("q", List.of(org.apache.jena.graph.NodeFactory.createLiteralString(text)))
                        .select(dsg, timeoutSeconds, b -> row(g, b));
                g.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private static void row(JsonGenerator g, org.apache.jena.sparql.engine.binding.Binding b) {
        try {
            g.writeStartObject();
            g.writeStringField("iri", b.get(org.apache.jena.sparql.core.Var.alloc("e")).getURI());
            g.writeStringField("label", org.newskg.export.Text.label(b.get(org.apache.jena.sparql.core.Var.alloc("label")).getLiteralLexicalForm()));
            String type = b.get(org.apache.jena.sparql.core.Var.alloc("type")).getURI();
            g.writeStringField("type", type.substring(type.lastIndexOf('#') + 1));
            g.writeNumberField("mentions", Integer.parseInt(b.get(org.apache.jena.sparql.core.Var.alloc("mentions")).getLiteralLexicalForm()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] graph(HttpServletRequest req) {
        String entity = req.getParameter("entity");
        if (entity == null || entity.isBlank() || entity.length() > 2000) {
            throw new IllegalArgumentException("give ?entity= (a name, a Wikidata id or an entity IRI)");
        }
        int hops = integer(req.getParameter("hops"), 1);
        if (hops < 0 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("hops must be between 0 and " + MAX_HOPS);
        }
        Subset subset = new Subset(List.of(), List.of(entity), hops, day(req.getParameter("since")),
                day(req.getParameter("until")), types(req.getParameter("types")));
        return store.read(dsg -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                PageJson.write(dsg, subset, out, timeoutSeconds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private static int integer(String s, int dflt) {
        try {
            return s == null || s.isBlank() ? dflt : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + s);
        }
    }

    private static LocalDate day(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a day is YYYY-MM-DD");
        }
    }

    private static Set<String> types(String s) {
        return s == null || s.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(s.split(",")));
    }

    private static void send(HttpServletResponse res, String type, String body) throws IOException {
        if (type.equals("text/html")) {
            res.setHeader("Content-Security-Policy", CSP);
        }
        res.setHeader("Cache-Control", "no-cache");
        res.setContentType(type + "; charset=utf-8");
        res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendJson(HttpServletResponse res, byte[] body) throws IOException {
        res.setContentType("application/json; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.getOutputStream().write(body);
    }

    private static void error(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        }
        sendJson(res, out.toByteArray());
    }
}
