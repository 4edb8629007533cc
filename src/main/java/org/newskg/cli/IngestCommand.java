package org.newskg.cli;

import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.InputCollector;
import org.newskg.link.EntityLinker;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.pipeline.IngestRunner;
import org.newskg.pipeline.Pipelines;
import org.newskg.store.Compaction;
import org.newskg.store.Store;
import org.newskg.store.Stores;
import org.newskg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles, extract entities, events, quotes and facts, and load them into the store "
                + "(one named graph per article; re-ingesting an article replaces its graph).",
                "Inputs: .txt (one article), .json (an object or an array), .jsonl (one article a line; news-please "
                        + "or short field names), .html pages, RSS/Atom feeds (.xml, .rss, .atom), any of these "
                        + "gzipped (.gz), http(s) urls, folders (recursively), - for stdin."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-compact", description = "Do not compact the store, during a long run or after a run that grew "
            + "it (TDB2 stores grow with every transaction until compacted).")
    boolean noCompact;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "A gazetteer TSV of your own (format in data/README.md), used before the shipped one. Repeatable.")
    java.util.List<java.nio.file.Path> gazetteers = new java.util.ArrayList<>();

    @Option(names = "--fetch", description = "For feed items without their full text, fetch the linked page "
            + "(default: ingest the item's summary).")
    boolean fetch;

    @Option(names = "--max-in-flight", paramLabel = "N", description = "At most N HTTP requests at once (default: ${DEFAULT-VALUE}).")
    int maxInFlight = 4;

    /** Test-only: lets tests fetch from a server on 127.0.0.1 (also -Dnewskg.fetch.allowLoopback=true). */
    @Option(names = "--allow-localhost", hidden = true)
    boolean allowLocalhost;

    /** Debug/test mode, not a feature: "none" replaces CoreNLP by a regex sentence splitter with no NER. */
    @Option(names = "--nlp", hidden = true, paramLabel = "corenlp|none")
    String nlp = "corenlp";

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, http(s) urls or - (stdin).")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        org.newskg.ingest.fetch.HttpFetcher fetcher = new org.newskg.ingest.fetch.HttpFetcher(
                org.newskg.ingest.fetch.HttpFetcher.Limits.defaults().withMaxInFlight(maxInFlight)
                        .withAllowLoopback(allowLocalhost || Boolean.getBoolean(org.newskg.ingest.fetch.HttpFetcher.ALLOW_LOOPBACK_PROPERTY)));
        InputCollector collector = new InputCollector(InputCollector.defaultReaders(fetch ? fetcher : null, maxInFlight),
                System.in, fetcher, w -> System.err.println("newskg ingest: warning: " + w));
        List<String> errors = new ArrayList<>();
        List<String> inputs = collector.expand(paths, r -> errors.add(r.error().getMessage()));
        errors.forEach(e -> System.err.println("newskg ingest: " + e));
        if (inputs.isEmpty()) {
            System.err.println("newskg ingest: no readable inputs; nothing ingested");
            return errors.isEmpty() ? ExitCode.USAGE : ExitCode.SOME_FAILED;
        }
        try (Store st = Stores.open(store.location(), true)) {
            if (!Main.verbose) {
                CoreNlpAnnotator.quiet();
            }
            if (!quiet) {
                System.err.println("newskg ingest: loading the NLP pipeline…");
            }
            long tLoad = System.nanoTime();
            org.newskg.nlp.Annotator annotator;
            if (nlp.equals("none")) {
                System.err.println("newskg ingest: --nlp none: debug/test mode, no NLP (sentences only, no entities)");
                annotator = new org.newskg.nlp.StubAnnotator();
            } else if (nlp.equals("corenlp")) {
                annotator = CoreNlpAnnotator.shared();
            } else {
                throw new IllegalArgumentException("--nlp must be corenlp or none, not '" + nlp + "'");
            }
            org.newskg.link.Gazetteer gazetteer = Pipelines.gazetteer(gazetteers);
            ArticleExtractor extractor = Pipelines.extractor(gazetteer);
            EntityLinker linker = Pipelines.linker(gazetteer);
            double startup = (System.nanoTime() - tLoad) / 1e9;
            if (st instanceof TdbStore tdb) {
                tdb.autoCompact(!noCompact);
            }
            IngestRunner.Stats s = new IngestRunner(annotator, extractor, linker, threads, System.err)
                    .run(collector, inputs, st, !quiet);
            Compaction c = st.tidy(true);
            if (c != null && !quiet) {
                System.err.println("newskg ingest: " + c.describe());
            }
            long failed = s.failed.sum() + errors.size();
            System.err.printf("newskg ingest: %d articles loaded, %d failed; %d entities, %d events, %d quotes, %d facts, "
                            + "%d triples in %.1f s (NLP start-up %.1f s)%n",
                    s.articles.sum(), failed, s.entities.sum(), s.events.sum(), s.quotes.sum(), s.facts.sum(),
                    s.triples.sum(), (System.nanoTime() - t0) / 1e9, startup);
            return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
        }
    }
}
