package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the embedded store compacts itself, and that a compaction keeps every article. */
class CompactionTest {
    private static final long MIB = 1L << 20;

    @Test
    void duringARunTheStoreMayGrowToFourTimesItsLastCompactedSize() {
        assertFalse(Compaction.dueDuringRun(100 * MIB, 400 * MIB, 0));
        assertTrue(Compaction.dueDuringRun(100 * MIB, 401 * MIB, 0));
        assertFalse(Compaction.dueDuringRun(1 * MIB, 200 * MIB, Compaction.SLACK), "small growth is never worth it");
        assertFalse(Compaction.dueDuringRun(-1, 900 * MIB, 0), "nothing written yet");
    }

    @Test
    void afterARunThatDoubledTheStoreOrGrewItMuch() {
        assertTrue(Compaction.dueAfterRun(10 * MIB, 50 * MIB, Compaction.SLACK));
        assertFalse(Compaction.dueAfterRun(100 * MIB, 150 * MIB, Compaction.SLACK));
        assertTrue(Compaction.dueAfterRun(1000 * MIB, 1300 * MIB, Compaction.SLACK));
        assertFalse(Compaction.dueAfterRun(10 * MIB, 30 * MIB, Compaction.SLACK), "doubled, but by too little to matter");
    }

    private static List<ArticleGraph> batch(int from, int n) {
        List<ArticleGraph> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            Graph g = GraphFactory.createDefaultGraph();
            for (int t = 0; t < 50; t++) {
                g.add(NodeFactory.createURI("urn:x:a" + i), NodeFactory.createURI("urn:x:p" + t),
                        NodeFactory.createLiteralString("value " + i + " " + t));
            }
            out.add(new ArticleGraph("urn:x:a" + i, "a" + i, g));
        }
        return out;
    }

    private static long articles(TdbStore store) {
        return store.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
    }

    @Test
    void aStoreCompactsWhenDueAndKeepsEveryArticle(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("s"), true)) {
            assertNull(store.tidy(true, 0), "nothing written, nothing to do");
            for (int b = 0; b < 20; b++) {
                store.replace(batch(b * 5, 5));
            }
            Compaction c = store.tidy(true, 0);
            assertNotNull(c);
            assertTrue(c.afterBytes() <= c.beforeBytes(), c.describe());
            assertEquals(100, articles(store));
            assertNull(store.tidy(true, 0), "no growth since");
            store.replace(batch(100, 5));
            store.autoCompact(false);
            assertNull(store.tidy(true, 0), "--no-compact");
            assertEquals(105, articles(store));
        }
    }
}
