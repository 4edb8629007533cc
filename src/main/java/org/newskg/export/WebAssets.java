package org.newskg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The page assets, read from the classpath: ours from {@code src/main/resources/web/} (the build
 * packages queries/, not src/main/resources), and Cytoscape.js from its WebJar (Maven Central), so
 * the library comes from a registry at build time and is never copied into the repository.
 */
public final class WebAssets {
    private static final String OURS = "web/";
    private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";

    private WebAssets() {
    }

    /** A file of ours (viewer.js, viewer.css, body.html). */
    public static String ours(String name) {
        if (!name.matches("[a-z]+\\.(js|css|html)")) {
            throw new IllegalArgumentException("no web asset " + name);
        }
        return read(OURS + name);
    }

    /** The minified Cytoscape.js of the WebJar on the classpath. */
    public static String cytoscape() {
        return read(WEBJAR + cytoscapeVersion() + "/dist/cytoscape.min.js");
    }

    public static String cytoscapeVersion() {
        Properties p = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String read(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path + " (is the cytoscape WebJar on the classpath?)");
        }
        return in;
    }
}
