package org.newskg.ingest;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newskg ingest} with urls, end to end through the CLI (with the test-only {@code --nlp none}
 * so that CoreNLP is not loaded), against recorded pages and feeds on a local server.
 */
class UrlIngestIT {
    @Test
    void pagesAndFeedsByUrlWithFetch(@TempDir Path dir) {
        try (LocalServer server = new LocalServer()) {
            String store = dir.resolve("store").toString();
            PrintStream err = System.err;
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            int code;
            try {
                System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
                code = Main.run("ingest", "--nlp", "none", "--allow-localhost", "--fetch", "--max-in-flight", "2", "-q",
                        "--store", store, server.base() + "/pages/itemprop-body.html", server.base() + "/feeds/rss-summaries.xml",
                        server.base() + "/feeds/atom-full.atom", "ftp://example.com/x.html", "http://user:pw@example.com/",
                        server.base() + "/nothing-here.html");
            } finally {
                System.setErr(err);
            }
            String log = buf.toString(StandardCharsets.UTF_8);
            System.out.println(log);
            assertEquals(1, code, "some inputs failed, the rest loaded: " + log);
            for (String expected : List.of("ftp://example.com/x.html: only http and https urls are fetched",
                    "http://user:pw@example.com/: url carries credentials", "/nothing-here.html: HTTP 404",
                    "rss-summaries.xml item 5: cannot fetch its page http://10.0.0.1/internal.html")) {
                assertTrue(log.contains(expected), "missing '" + expected + "' in\n" + log);
            }
            assertTrue(server.maxInFlight.get() <= 2);
            try (TdbStore st = TdbStore.open(Path.of(store), false)) {
                long n = st.query(QueryFactory.create("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a "
                        + "<https://w3id.org/newskg/ontology#Article> } }"), qe -> qe.execSelect().next().getLiteral("n").getLong());
                // 1 page + 4 feed items (3 fetched, 1 summary after a 404) + 2 atom entries; the page fetched both directly
                // and through the feed is one article (same url), not two
                assertEquals(6, n, log);
            }
        }
    }
}
