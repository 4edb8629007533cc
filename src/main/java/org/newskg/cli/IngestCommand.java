package org.newskg.cli;

import org.newskg.extract.ArticleExtractor;
import org.newskg.ingest.InputCollector;
import org.newskg.link.EntityLinker;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.store.Store;
import org.newskg.store.Stores;
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
                        + "or short field names), folders (recursively), - for stdin."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - (stdin).")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        InputCollector collector = new InputCollector(InputCollector.defaultReaders(), System.in);
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
            CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
            ArticleExtractor extractor = ArticleExtractor.withDefaultData();
            EntityLinker linker = Linking.defaultLinker();
            double startup = (System.nanoTime() - tLoad) / 1e9;
            IngestRunner.Stats s = new IngestRunner(annotator, extractor, linker, threads, System.err)
                    .run(collector, inputs, st, !quiet);
            long failed = s.failed.sum() + errors.size();
            System.err.printf("newskg ingest: %d articles loaded, %d failed; %d entities, %d events, %d quotes, %d facts, "
                            + "%d triples in %.1f s (NLP start-up %.1f s)%n",
                    s.articles.sum(), failed, s.entities.sum(), s.events.sum(), s.quotes.sum(), s.facts.sum(),
                    s.triples.sum(), (System.nanoTime() - t0) / 1e9, startup);
            return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
        }
    }
}
