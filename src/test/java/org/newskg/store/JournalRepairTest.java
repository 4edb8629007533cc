package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleGraph;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A write killed between an entry's header and its data leaves a torn journal entry; the store
 * still opens, with everything committed before it.
 */
class JournalRepairTest {
    private static ArticleGraph article(String iri) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(iri), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v"));
        return new ArticleGraph(iri, iri, g);
    }

    private static long graphs(TdbStore s) {
        return s.read(dsg -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
    }

    /** A header that promises 24 bytes of data, as TDB2 writes it, and no data: the kill came between. */
    private static byte[] tornEntry() {
        ByteBuffer b = ByteBuffer.allocate(28);
        b.putInt(24).putInt(0x1234567).putInt(1).put(new byte[16]);
        return b.array();
    }

    @Test
    void aTornLastEntryIsCutAndTheStoreOpensWithWhatWasCommitted(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("s");
        try (TdbStore s = TdbStore.open(store, true)) {
            s.replace(List.of(article("urn:x:a1"), article("urn:x:a2")));
        }
        Files.write(store.resolve("Data-0001").resolve("journal.jrnl"), tornEntry(), StandardOpenOption.APPEND);
        try (TdbStore s = TdbStore.open(store, false)) {
            assertEquals(2, graphs(s));
            s.replace(List.of(article("urn:x:a3")));
            assertEquals(3, graphs(s));
        }
    }

    @Test
    void onlyTheTornEntryIsCut(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("s");
        try (TdbStore s = TdbStore.open(store, true)) {
            s.replace(List.of(article("urn:x:a1")));
        }
        Path journal = store.resolve("Data-0001").resolve("journal.jrnl");
        long whole = Files.size(journal);
        assertEquals(0, JournalRepair.cutTornTail(store), "a whole journal is left alone");
        Files.write(journal, tornEntry(), StandardOpenOption.APPEND);
        assertEquals(28, JournalRepair.cutTornTail(store));
        assertEquals(whole, Files.size(journal));
        assertEquals(0, JournalRepair.cutTornTail(dir.resolve("none")));
    }
}
