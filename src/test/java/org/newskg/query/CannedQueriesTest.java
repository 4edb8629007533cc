package org.newskg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.rdf.ArticleGraph;
import org.newskg.store.TdbStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every canned query in queries/ runs over a small fixture store and returns the rows its expected
 * file lists (only the columns named in the file's header, in any order). A query without an
 * expected file fails the test, so no query goes untested.
 */
class CannedQueriesTest {
    private static final Path RESOURCES = Path.of("src/test/resources/org/newskg/query");
    @TempDir
    static Path dir;
    static TdbStore store;

    @BeforeAll
    static void load() {
        store = TdbStore.open(dir.resolve("store"), true);
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(RESOURCES.resolve("fixture.trig").toString());
        List<ArticleGraph> graphs = new ArrayList<>();
        for (Iterator<org.apache.jena.graph.Node> it = fixture.listGraphNodes(); it.hasNext(); ) {
            org.apache.jena.graph.Node g = it.next();
            graphs.add(new ArticleGraph(g.getURI(), "fixture", fixture.getGraph(g)));
        }
        store.replace(graphs);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void returnsTheExpectedRows(Path queryFile) throws IOException {
        String name = queryFile.getFileName().toString().replace(".rq", ".tsv");
        Path expectedFile = RESOURCES.resolve("expected").resolve(name);
        assertTrue(Files.exists(expectedFile), "every canned query needs expected results: " + expectedFile);
        List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        String[] columns = lines.get(0).split("\t");
        List<String> expected = lines.subList(1, lines.size()).stream().sorted().toList();

        String text = Files.readString(queryFile);
        assertTrue(text.startsWith("#"), "a canned query starts with a comment saying what it answers");
        Query q = QueryRunner.parse(text);
        List<String> actual = store.query(q, qe -> {
            List<String> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution sol = rs.next();
                rows.add(String.join("\t", Arrays.stream(columns)
                        .map(c -> sol.get(c) == null ? "" : FmtUtils.stringForNode(sol.get(c).asNode())).toList()));
            }
            return rows;
        });
        assertEquals(expected, actual.stream().sorted().toList(), queryFile.toString());
    }
}
