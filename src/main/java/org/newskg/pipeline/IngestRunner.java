package org.newskg.pipeline;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Extraction;
import org.newskg.ingest.Article;
import org.newskg.ingest.InputCollector;
import org.newskg.ingest.ReadResult;
import org.newskg.link.EntityLinker;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Annotator;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.store.Compaction;
import org.newskg.store.Store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wires the ingest pipeline: inputs are read on one thread, each article is annotated,
 * extracted, linked and mapped on a worker thread (sharing one annotator), and the calling thread
 * writes finished graphs to the store in small transactions. Memory stays bounded: at most a few
 * articles per worker are in flight.
 */
public final class IngestRunner {
    /** Stage timings and counts, for the summary and the benchmark. */
    public static final class Stats {
        public final LongAdder articles = new LongAdder();
        public final LongAdder failed = new LongAdder();
        public final LongAdder entities = new LongAdder();
        public final LongAdder events = new LongAdder();
        public final LongAdder quotes = new LongAdder();
        public final LongAdder facts = new LongAdder();
        public final LongAdder triples = new LongAdder();
        public final LongAdder tokens = new LongAdder();
        public final LongAdder readNanos = new LongAdder();
        /** Time the reader waited for a free worker, not counted as reading. */
        public final LongAdder readBlockedNanos = new LongAdder();
        public final LongAdder annotateNanos = new LongAdder();
        public final LongAdder extractNanos = new LongAdder();
        public final LongAdder linkNanos = new LongAdder();
        public final LongAdder mapNanos = new LongAdder();
        public final LongAdder storeNanos = new LongAdder();
    }

    private record Outcome(ArticleGraph graph, String error, boolean end) {
    }

    private static final int BATCH = 32;
    private static final long MAX_BATCH_NANOS = 10_000_000_000L;

    private final Annotator annotator;
    private final ArticleExtractor extractor;
    private final EntityLinker linker;
    private final ExtractionMapper mapper = new ExtractionMapper();
    private final int threads;
    private final PrintStream err;

    public IngestRunner(Annotator annotator, ArticleExtractor extractor, EntityLinker linker, int threads, PrintStream err) {
        this.annotator = annotator;
        this.extractor = extractor;
        this.linker = linker;
        this.threads = Math.max(1, threads);
        this.err = err;
    }

    /** Ingests every (expanded) input into the store; each failure is printed to stderr naming its input. */
    public Stats run(InputCollector collector, List<String> inputs, Store store, boolean progress) throws InterruptedException {
        Stats stats = new Stats();
        BlockingQueue<Outcome> done = new ArrayBlockingQueue<>(threads * 4 + 4);
        Semaphore inFlight = new Semaphore(threads * 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-worker");
            t.setDaemon(true);
            return t;
        });
        // an entity stored unlinked earlier keeps its IRI when this run links it
        ExtractionMapper storeMapper = Pipelines.mapper(store);
        Thread reader = new Thread(() -> {
            try {
                for (String input : inputs) {
                    // each record goes to a worker as soon as it is read: a reader blocks while
                    // every worker is busy, so a 200 MB JSONL never sits in memory as articles
                    long t0 = System.nanoTime();
                    long blockedBefore = stats.readBlockedNanos.sum();
                    collector.read(input, r -> submit(r, pool, done, inFlight, stats, storeMapper));
                    stats.readNanos.add(System.nanoTime() - t0 - (stats.readBlockedNanos.sum() - blockedBefore));
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                }
                inFlight.acquire(threads * 2); // every worker has finished
                put(done, new Outcome(null, null, true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newskg-reader");
        reader.setDaemon(true);
        reader.start();

        List<ArticleGraph> batch = new ArrayList<>();
        long started = System.nanoTime();
        long lastReport = started;
        long batchStarted = started;
        try {
            while (true) {
                Outcome o = done.poll(1, TimeUnit.SECONDS);
                long now = System.nanoTime();
                // one transaction per batch: a commit costs an fsync, and a batch is small enough
                // that a crash loses little, which a re-run then completes
                if (o != null && o.end() || batch.size() >= BATCH || !batch.isEmpty() && now - batchStarted > MAX_BATCH_NANOS) {
                    flush(store, batch, stats, progress);
                }
                if (batch.isEmpty()) {
                    batchStarted = now;
                }
                if (o == null) {
                    continue;
                }
                if (o.end()) {
                    break;
                }
                if (o.error() != null) {
                    stats.failed.increment();
                    err.println("newskg ingest: " + o.error());
                } else {
                    batch.add(o.graph());
                }
                if (progress && now - lastReport > 5_000_000_000L) {
                    lastReport = now;
                    err.printf("newskg ingest: %d articles loaded, %d failed, %.0f s%n",
                            stats.articles.sum() + batch.size(), stats.failed.sum(), (now - started) / 1e9);
                }
            }
            flush(store, batch, stats, progress);
        } finally {
            pool.shutdownNow();
        }
        return stats;
    }

    private void submit(ReadResult r, ExecutorService pool, BlockingQueue<Outcome> done, Semaphore inFlight, Stats stats,
                        ExtractionMapper storeMapper) {
        if (!r.ok()) {
            put(done, new Outcome(null, r.error().getMessage(), false));
            return;
        }
        try {
            long t0 = System.nanoTime();
            inFlight.acquire();
            stats.readBlockedNanos.add(System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        pool.execute(() -> {
            try {
                put(done, new Outcome(process(r.article(), stats, storeMapper), null, false));
            } catch (RuntimeException | StackOverflowError e) {
                put(done, new Outcome(null, r.article().inputName() + ": cannot process: " + e, false));
            } finally {
                inFlight.release();
            }
        });
    }

    private void flush(Store store, List<ArticleGraph> batch, Stats stats, boolean progress) {
        if (batch.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        store.replace(batch);
        stats.storeNanos.add(System.nanoTime() - t0);
        for (ArticleGraph g : batch) {
            stats.articles.increment();
            stats.triples.add(g.graph().size());
        }
        batch.clear();
        // a long run compacts as it goes, or its store would take about eight times its data on
        // disk; the workers go on annotating meanwhile
        Compaction c = store.tidy(false);
        if (c != null && progress) {
            err.println("newskg ingest: " + c.describe());
        }
    }

    /** One article through the pipeline, on a worker thread. */
    public ArticleGraph process(Article a, Stats stats) {
        return process(a, stats, mapper);
    }

    /** One article through the pipeline, mapped by the given mapper (one that knows the store's IRIs). */
    private ArticleGraph process(Article a, Stats stats, ExtractionMapper mapper) {
        long t0 = System.nanoTime();
        AnnotatedArticle doc = annotator.annotate(a);
        long t1 = System.nanoTime();
        Extraction x = extractor.extract(doc);
        long t2 = System.nanoTime();
        linker.link(x);
        long t3 = System.nanoTime();
        ArticleGraph g = mapper.map(x);
        long t4 = System.nanoTime();
        stats.annotateNanos.add(t1 - t0);
        stats.extractNanos.add(t2 - t1);
        stats.linkNanos.add(t3 - t2);
        stats.mapNanos.add(t4 - t3);
        stats.entities.add(x.entities().all().size());
        stats.events.add(x.events().size());
        stats.quotes.add(x.quotes().size());
        stats.facts.add(x.facts().size());
        doc.sentences().forEach(s -> stats.tokens.add(s.size()));
        return g;
    }

    private static void put(BlockingQueue<Outcome> q, Outcome o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
