package org.newskg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.ArticleGraph;
import org.newskg.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Small stores for the export tests: a TriG file from src/test/resources/org/newskg/export loaded
 * into a fresh TDB2 directory through {@link TdbStore} (one named graph per article, as ingest
 * writes them; no NLP), and helpers to run an export and compare it with a golden file.
 */
public final class ExportFixtures {
    public static final Path RESOURCES = Path.of("src/test/resources/org/newskg/export");
    /** Set -Dnewskg.updateGolden=true to rewrite the golden files from the current output. */
    private static final boolean UPDATE = Boolean.getBoolean("newskg.updateGolden");

    private ExportFixtures() {
    }

    public static TdbStore store(Path dir, String trig) {
        TdbStore store = TdbStore.open(dir, true);
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(RESOURCES.resolve(trig).toString());
        List<ArticleGraph> graphs = new ArrayList<>();
        for (Iterator<Node> it = fixture.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            graphs.add(new ArticleGraph(g.getURI(), trig, fixture.getGraph(g)));
        }
        store.replace(graphs);
        return store;
    }

    public static String export(TdbStore store, String format, Subset subset) {
        return new String(exportBytes(store, format, subset), StandardCharsets.UTF_8);
    }

    public static byte[] exportBytes(TdbStore store, String format, Subset subset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.read(dsg -> {
            try {
                Exporters.get(format).write(dsg, subset, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        return out.toByteArray();
    }

    /** The JSON inside the html export's graph-data script element. */
    public static String embeddedJson(String html) {
        String open = "<script type=\"application/json\" id=\"graph-data\">";
        int start = html.indexOf(open) + open.length();
        return html.substring(start, html.indexOf("</script>", start));
    }

    /** Compares with golden/NAME; a missing golden file is written (and the test fails, to be reviewed). */
    public static void golden(String name, String actual) throws IOException {
        Path file = RESOURCES.resolve("golden").resolve(name);
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("wrote missing golden file " + file + ": review it and run again");
            }
            return;
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual,
                "export differs from " + file + " (if the change is intended: -Dnewskg.updateGolden=true)");
    }
}
