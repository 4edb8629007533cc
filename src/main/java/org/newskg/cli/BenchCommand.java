package org.newskg.cli;

import org.newskg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure newskg on a set of articles, all in one run: ingest end to end with 1 and 2 threads "
                + "(time split by stage), the bare CoreNLP pipeline with newskg's annotators, CoreNLP's default pipeline, "
                + "start-up, peak memory, and a synthesised store of many articles (growth, memory, query latency).",
                "Results: a table on stdout, progress on stderr, the full report as JSON under target/bench/."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Articles to measure on (default: ../shared/corpus/bench.jsonl if present, else data/samples).")
    List<String> inputs;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "40", description = "Use the first N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--no-default-pipeline", description = "Skip CoreNLP's default pipeline (slow, about 6 GB).")
    boolean skipDefault;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2000",
            description = "Articles in the synthesised store for growth and query latency; 0 skips it (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", description = "Where the JSON report goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<String> in = inputs;
        if (in == null || in.isEmpty()) {
            Path shared = Path.of("../shared/corpus/bench.jsonl");
            in = List.of(Files.exists(shared) ? shared.toString() : "data/samples");
        }
        if (!Main.verbose) {
            org.newskg.nlp.CoreNlpAnnotator.quiet();
        }
        Path work = Files.createTempDirectory("newskg-bench");
        try {
            Map<String, Object> report = new Benchmark(new Benchmark.Options(in, limit, !skipDefault, scale, out, work), System.err).run();
            Benchmark.printTable(report, System.out);
        } finally {
            try (var s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCode.OK;
    }
}
