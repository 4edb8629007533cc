package org.newskg.crash;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.KnownNames;
import org.newskg.ingest.InputCollector;
import org.newskg.link.EntityLinker;
import org.newskg.nlp.StubAnnotator;
import org.newskg.pipeline.IngestRunner;
import org.newskg.rdf.ArticleGraph;
import org.newskg.store.Store;
import org.newskg.store.TdbStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The process {@link CrashSafetyIT} kills. {@code ingest STORE FILE}: the real ingest pipeline
 * (reader, IngestRunner, TdbStore) with the stub annotator, printing "COMMITTED iri..." on stdout
 * as soon as each transaction's commit has returned, so the parent knows what must survive.
 * {@code hold STORE}: opens the store and waits (for the stale-lock test).
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path dir = Path.of(args[1]);
        if (args[0].equals("hold")) {
            TdbStore store = TdbStore.open(dir, true);
            store.read(DatasetGraph::isEmpty);
            out.println("HOLDING");
            out.flush();
            Thread.sleep(120_000);
            return;
        }
        try (Store store = new Acking(TdbStore.open(dir, true), out)) {
            InputCollector collector = new InputCollector(InputCollector.defaultReaders(), System.in);
            List<String> inputs = collector.expand(List.of(args[2]), r -> out.println("ERROR " + r.error().getMessage()));
            new IngestRunner(new StubAnnotator(), ArticleExtractor.withDefaultData(KnownNames.NONE), EntityLinker.none(), 2, System.err)
                    .run(collector, inputs, store, false);
        }
        out.println("DONE");
        out.flush();
    }

    /** Reports each committed batch; a kill can come at any point before, during or after a commit. */
    private record Acking(TdbStore store, PrintStream out) implements Store {
        @Override
        public void replace(List<ArticleGraph> graphs) {
            store.replace(graphs);
            StringBuilder sb = new StringBuilder("COMMITTED");
            graphs.forEach(g -> sb.append(' ').append(g.iri()));
            out.println(sb);
            out.flush();
        }

        @Override
        public <T> T query(Query query, Function<QueryExecution, T> fn) {
            return store.query(query, fn);
        }

        @Override
        public <T> T read(Function<DatasetGraph, T> reader) {
            return store.read(reader);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
