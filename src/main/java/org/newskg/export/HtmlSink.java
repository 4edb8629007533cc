package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * One self-contained HTML file: the viewer, Cytoscape.js and the graph (Cytoscape JSON streamed
 * into a {@code <script type="application/json">} block) inlined, so it opens offline and makes no
 * request. A Content-Security-Policy allows only these exact scripts (by hash) and no connections,
 * so even text that slipped past escaping could not run or call out. (Inline styles stay allowed:
 * Cytoscape.js sets them, and without connections or images from outside they cannot leak.)
 */
final class HtmlSink implements GraphSink {
    private final OutputStream out;
    private final CytoscapeSink json;
    private final String library;
    private final String viewer;

    HtmlSink(OutputStream out) throws IOException {
        this.out = out;
        this.library = scriptSafe(WebAssets.cytoscape(), "Cytoscape.js");
        this.viewer = scriptSafe(WebAssets.ours("viewer.js"), "viewer.js");
        this.json = new CytoscapeSink(out, true);
    }

    @Override
    public void start() throws IOException {
        String css = WebAssets.ours("viewer.css");
        write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
                + hash(library) + " " + hash(viewer) + "; style-src 'unsafe-inline'; img-src data: blob:; "
                + "base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"generator\" content=\"newskg (Cytoscape.js " + WebAssets.cytoscapeVersion() + ", MIT licence)\">\n"
                + "<title>newskg graph</title>\n<style>" + css + "</style>\n</head>\n<body>\n"
                + WebAssets.ours("body.html") + "<script type=\"application/json\" id=\"graph-data\">");
        json.start();
    }

    @Override
    public void node(GraphNode n) throws IOException {
        json.node(n);
    }

    @Override
    public void edge(GraphEdge e) throws IOException {
        json.edge(e);
    }

    @Override
    public void finish() throws IOException {
        json.finish();
        write("</script>\n<script>" + library + "</script>\n<script>" + viewer + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Inline script text must not close its element or open an HTML comment; fail rather than break the page. */
    static String scriptSafe(String js, String what) {
        String lower = js.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(what + " contains </script or <!-- and cannot be inlined");
        }
        return js;
    }

    /** A CSP source expression for exactly this inline text. */
    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
