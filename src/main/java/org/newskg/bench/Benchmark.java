package org.newskg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Extraction;
import org.newskg.ingest.Article;
import org.newskg.ingest.InputCollector;
import org.newskg.ingest.ReadResult;
import org.newskg.link.EntityLinker;
import org.newskg.link.Gazetteer;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.pipeline.IngestRunner;
import org.newskg.pipeline.Pipelines;
import org.newskg.query.QueryRunner;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.rdf.NKG;
import org.newskg.store.Compaction;
import org.newskg.store.TdbStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark: on the same articles, in one run, newskg's ingest end to end (1 and 2 threads,
 * with the time split by stage), the bare CoreNLP pipeline with newskg's annotators, and CoreNLP's
 * default pipeline; start-up times and peak memory of each phase; then a synthesised store of many
 * articles for store growth, memory flatness and query latency. Prints a table and writes JSON.
 */
public final class Benchmark {
    /** What to run. */
    public record Options(List<String> inputs, int limit, boolean defaultPipeline, int scale, Path outDir, Path workDir) {
    }

    private final Options options;
    private final PrintStream log;
    private final Map<String, Object> report = new LinkedHashMap<>();

    public Benchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public Map<String, Object> run() throws Exception {
        report.put("started", Instant.now().toString());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        List<Article> articles = readArticles();
        Path jsonl = writeJsonl(articles);
        report.put("articles", articles.size());

        Memory.resetPeak();
        long t0 = System.nanoTime();
        CoreNlpAnnotator newskgNlp = new CoreNlpAnnotator();
        double nlpStartup = secs(t0);
        t0 = System.nanoTime();
        Gazetteer gazetteer = Pipelines.gazetteer(List.of());
        ArticleExtractor extractor = Pipelines.extractor(gazetteer);
        EntityLinker linker = Pipelines.linker(gazetteer);
        double dataStartup = secs(t0);
        report.put("startup", Map.of("corenlpNewskgPipelineSeconds", round(nlpStartup), "gazetteerAndRulesSeconds", round(dataStartup)));
        log.printf("bench: %d articles; newskg NLP start-up %.1f s, gazetteer and rules %.1f s%n", articles.size(), nlpStartup, dataStartup);

        // bare CoreNLP with newskg's annotators, and the graphs for the store test
        Memory.resetPeak();
        List<ArticleGraph> graphs = new ArrayList<>();
        long tokens = 0;
        t0 = System.nanoTime();
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article a : articles) {
            AnnotatedArticle doc = newskgNlp.annotate(a);
            annotated.add(doc);
            tokens += doc.sentences().stream().mapToLong(s -> s.size()).sum();
        }
        double bare = secs(t0);
        report.put("tokens", tokens);
        report.put("bareNewskgAnnotators", phase(bare, articles.size(), tokens, Memory.peakMiB()));
        log.printf("bench: bare CoreNLP (newskg annotators) %.1f s, %.0f tokens/s%n", bare, tokens / bare);
        ExtractionMapper mapper = new ExtractionMapper();
        for (AnnotatedArticle doc : annotated) {
            Extraction x = extractor.extract(doc);
            linker.link(x);
            graphs.add(mapper.map(x));
        }
        annotated.clear();

        for (int threads : new int[]{1, 2}) {
            Memory.resetPeak();
            Path store = options.workDir().resolve("store-t" + threads);
            InputCollector collector = new InputCollector(InputCollector.defaultReaders(), System.in);
            t0 = System.nanoTime();
            IngestRunner.Stats st;
            try (TdbStore s = TdbStore.open(store, true)) {
                st = new IngestRunner(newskgNlp, extractor, linker, threads, log).run(collector, List.of(jsonl.toString()), s, false);
            }
            double total = secs(t0);
            Map<String, Object> p = phase(total, st.articles.sum(), st.tokens.sum(), Memory.peakMiB());
            Map<String, Object> stages = new LinkedHashMap<>();
            double cpu = (st.readNanos.sum() + st.annotateNanos.sum() + st.extractNanos.sum() + st.linkNanos.sum()
                    + st.mapNanos.sum() + st.storeNanos.sum()) / 1e9;
            stages.put("read", round(st.readNanos.sum() / 1e9));
            stages.put("annotate", round(st.annotateNanos.sum() / 1e9));
            stages.put("extract", round(st.extractNanos.sum() / 1e9));
            stages.put("link", round(st.linkNanos.sum() / 1e9));
            stages.put("map", round(st.mapNanos.sum() / 1e9));
            stages.put("store", round(st.storeNanos.sum() / 1e9));
            double after = (st.extractNanos.sum() + st.linkNanos.sum() + st.mapNanos.sum() + st.storeNanos.sum()) / 1e9;
            p.put("stageSeconds", stages);
            p.put("afterAnnotationShare", round(after / cpu));
            p.put("failed", st.failed.sum());
            report.put("newskgIngestThreads" + threads, p);
            log.printf("bench: newskg ingest, %d thread(s): %.1f s, %.0f tokens/s, after-annotation share %.1f%%%n",
                    threads, total, st.tokens.sum() / total, 100 * after / cpu);
        }

        if (options.defaultPipeline()) {
            Memory.resetPeak();
            t0 = System.nanoTime();
            CoreNlpAnnotator defaultNlp = new CoreNlpAnnotator(CoreNlpAnnotator.corenlpDefaultProperties());
            double defStartup = secs(t0);
            t0 = System.nanoTime();
            long defTokens = 0;
            for (Article a : articles) {
                defTokens += defaultNlp.annotate(a).sentences().stream().mapToLong(s -> s.size()).sum();
            }
            double def = secs(t0);
            Map<String, Object> p = phase(def, articles.size(), defTokens, Memory.peakMiB());
            p.put("startupSeconds", round(defStartup));
            report.put("corenlpDefaultPipeline", p);
            log.printf("bench: CoreNLP default pipeline: start-up %.1f s, %.1f s, %.0f tokens/s%n", defStartup, def, defTokens / def);
        }

        report.put("coldQuerySeconds", coldQuery(options.workDir().resolve("store-t1")));
        if (options.scale() > 0) {
            report.put("storeAtScale", storeAtScale(graphs));
        }
        report.put("ratios", ratios());
        writeReport();
        return report;
    }

    private Map<String, Object> storeAtScale(List<ArticleGraph> graphs) throws IOException {
        Path dir = options.workDir().resolve("store-scale");
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> growth = new ArrayList<>();
        Memory.resetPeak();
        long t0 = System.nanoTime();
        try (TdbStore store = TdbStore.open(dir, true)) {
            int n = options.scale();
            List<ArticleGraph> batch = new ArrayList<>();
            List<Map<String, Object>> compactions = new ArrayList<>();
            // files only grow between compactions: the peak is just before one, or at the end
            long peakBytes = 0;
            for (int i = 0; i < n; i++) {
                batch.add(copy(graphs.get(i % graphs.size()), i));
                if (batch.size() == 64 || i == n - 1) {
                    store.replace(batch);
                    batch.clear();
                    // as newskg ingest does between its transactions
                    Compaction c = store.tidy(false);
                    if (c != null) {
                        peakBytes = Math.max(peakBytes, c.beforeBytes());
                        compactions.add(Map.of("articles", i + 1, "fromMiB", c.beforeBytes() >> 20, "toMiB", c.afterBytes() >> 20,
                                "seconds", round(c.seconds())));
                        log.printf("bench: store at %d articles: %s%n", i + 1, c.describe());
                    }
                }
                if ((i + 1) % Math.max(1, n / 4) == 0 || i == n - 1) {
                    long bytes = store.sizeBytes();
                    growth.add(Map.of("articles", i + 1, "storeMiB", bytes >> 20, "rssMiB", Memory.rssMiB(),
                            "anonRssMiB", Memory.anonMiB(), "seconds", round(secs(t0))));
                    log.printf("bench: store at %d articles: %d MiB on disk, RSS %d MiB%n", i + 1, bytes >> 20, Memory.rssMiB());
                }
            }
            double load = secs(t0);
            out.put("articles", n);
            out.put("loadSeconds", round(load));
            out.put("growth", growth);
            out.put("compactionsDuringLoad", compactions);
            long bytes = store.sizeBytes();
            out.put("peakStoreMiB", Math.max(peakBytes, bytes) >> 20);
            out.put("bytesPerArticle", bytes / n);
            out.put("peakRssMiB", Memory.peakMiB());
            // queries are timed on the compacted store, as a finished ingest leaves it
            long t1 = System.nanoTime();
            store.compact();
            long compacted = store.sizeBytes();
            out.put("compactSeconds", round(secs(t1)));
            out.put("bytesPerArticleCompacted", compacted / n);
            log.printf("bench: compacted %d MiB to %d MiB in %.1f s%n", bytes >> 20, compacted >> 20, secs(t1));
            List<Map<String, Object>> latencies = new ArrayList<>();
            for (Path q : canned()) {
                Query query = QueryRunner.parse(Files.readString(q));
                Latency l = Latency.measure(q.getFileName().toString(), 2, 15, () -> store.query(query, qe -> {
                    if (query.isSelectType()) {
                        ResultSet rs = qe.execSelect();
                        int rows = 0;
                        while (rs.hasNext()) {
                            rs.next();
                            rows++;
                        }
                        return rows;
                    }
                    return qe.execConstruct().size();
                }));
                latencies.add(Map.of("query", l.name(), "medianMs", round(l.medianMs()), "p95Ms", round(l.p95Ms())));
                log.printf("bench: %-28s median %8.1f ms  p95 %8.1f ms%n", l.name(), l.medianMs(), l.p95Ms());
            }
            out.put("queryLatency", latencies);
            out.put("exportLatency", exportLatencies(store));
        }
        return out;
    }

    /**
     * A query from a new JVM, as a user runs it: `query` never loads CoreNLP, so this is JVM start,
     * store open and the query. Median of three runs, in seconds.
     */
    private double coldQuery(Path store) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.newskg.cli.Main",
                    "query", "--store", store.toString(), "queries/treaties.rq")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                log.println("bench: cold query failed with exit " + p.exitValue());
            }
            times.add(secs(t0));
        }
        times.sort(Double::compare);
        log.printf("bench: cold-start query %.2f s%n", times.get(1));
        return round(times.get(1));
    }

    /** Median and 95th percentile of export subsets a user of a large store would ask for. */
    private List<Map<String, Object>> exportLatencies(TdbStore store) {
        record Case(String name, String format, org.newskg.export.Subset subset) {
        }
        List<Case> cases = List.of(
                new Case("graphml --entity Russia --hops 1", "graphml",
                        new org.newskg.export.Subset(List.of(), List.of("Russia"), 1, null, null, java.util.Set.of())),
                new Case("gexf --entity 'North Korea' --hops 2", "gexf",
                        new org.newskg.export.Subset(List.of(), List.of("North Korea"), 2, null, null, java.util.Set.of())),
                new Case("html --entity China --hops 1", "html",
                        new org.newskg.export.Subset(List.of(), List.of("China"), 1, null, null, java.util.Set.of())),
                new Case("cytoscape --types country", "cytoscape",
                        new org.newskg.export.Subset(List.of(), List.of(), 1, null, null, java.util.Set.of("country"))));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Case c : cases) {
            org.newskg.export.Exporter e = org.newskg.export.Exporters.get(c.format());
            try {
                Latency l = Latency.measure(c.name(), 1, 5, () -> store.read(dsg -> {
                    try {
                        e.write(dsg, c.subset(), java.io.OutputStream.nullOutputStream());
                        return null;
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }));
                out.add(Map.of("export", l.name(), "medianMs", round(l.medianMs()), "p95Ms", round(l.p95Ms())));
                log.printf("bench: export %-36s median %8.1f ms  p95 %8.1f ms%n", l.name(), l.medianMs(), l.p95Ms());
            } catch (RuntimeException ex) {
                log.println("bench: export " + c.name() + " failed: " + ex.getMessage());
            }
        }
        return out;
    }

    /** The same article graph as if it came from another url: new article IRI, new source. */
    private static ArticleGraph copy(ArticleGraph g, int i) {
        String oldIri = g.iri();
        String newIri = oldIri + "-copy" + i;
        Graph out = GraphFactory.createDefaultGraph();
        g.graph().find().forEachRemaining((Triple t) -> {
            Node o = t.getObject();
            if (t.getPredicate().equals(NKG.source)) {
                o = NodeFactory.createURI(o.getURI() + (o.getURI().contains("?") ? "&" : "?") + "copy=" + i);
            }
            out.add(rename(t.getSubject(), oldIri, newIri), t.getPredicate(), rename(o, oldIri, newIri));
        });
        return new ArticleGraph(newIri, g.inputName() + "#copy" + i, out);
    }

    private static Node rename(Node n, String oldIri, String newIri) {
        return n.isURI() && n.getURI().startsWith(oldIri) ? NodeFactory.createURI(newIri + n.getURI().substring(oldIri.length())) : n;
    }

    private Map<String, Object> ratios() {
        Map<String, Object> r = new LinkedHashMap<>();
        Object one = report.get("newskgIngestThreads1");
        Object two = report.get("newskgIngestThreads2");
        Object def = report.get("corenlpDefaultPipeline");
        if (one instanceof Map<?, ?> a && two instanceof Map<?, ?> b) {
            r.put("twoThreadsOverOne", round((double) b.get("tokensPerSecond") / (double) a.get("tokensPerSecond")));
        }
        if (two instanceof Map<?, ?> b && def instanceof Map<?, ?> d) {
            r.put("ingest2ThreadsOverDefaultPipeline", round((double) b.get("tokensPerSecond") / (double) d.get("tokensPerSecond")));
        }
        if (one instanceof Map<?, ?> a && def instanceof Map<?, ?> d) {
            r.put("ingest1ThreadOverDefaultPipeline", round((double) a.get("tokensPerSecond") / (double) d.get("tokensPerSecond")));
        }
        return r;
    }

    private List<Article> readArticles() {
        InputCollector collector = new InputCollector(InputCollector.defaultReaders(), System.in);
        List<Article> out = new ArrayList<>();
        for (String input : collector.expand(options.inputs(), r -> log.println("bench: " + r.error().getMessage()))) {
            List<ReadResult> rs = new ArrayList<>();
            collector.read(input, rs::add);
            rs.stream().filter(ReadResult::ok).map(ReadResult::article).forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no readable articles in " + options.inputs());
        }
        return out.subList(0, Math.min(options.limit(), out.size()));
    }

    private Path writeJsonl(List<Article> articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path f = options.workDir().resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", a.source().startsWith("http") ? a.source() : "https://bench.invalid/" + lines.size());
            m.put("title", a.title());
            m.put("date", a.published());
            m.put("text", a.text());
            lines.add(json.writeValueAsString(m));
        }
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    /** The report as a readable table. */
    @SuppressWarnings("unchecked")
    public static void printTable(Map<String, Object> r, PrintStream out) {
        out.printf("newskg benchmark: %s articles, %s tokens, %s cores, heap %s MiB%n", r.get("articles"), r.get("tokens"),
                r.get("cores"), r.get("maxHeapMiB"));
        out.println("phase                                   seconds  articles/s  tokens/s   peak RSS MiB");
        for (String[] row : new String[][]{{"newskgIngestThreads1", "newskg ingest, 1 thread"},
                {"newskgIngestThreads2", "newskg ingest, 2 threads"}, {"bareNewskgAnnotators", "CoreNLP, newskg's annotators"},
                {"corenlpDefaultPipeline", "CoreNLP default pipeline"}}) {
            if (r.get(row[0]) instanceof Map<?, ?> m) {
                out.printf("%-38s %8s %11s %9s %14s%n", row[1], m.get("seconds"), m.get("articlesPerSecond"),
                        m.get("tokensPerSecond"), m.get("peakRssMiB"));
            }
        }
        if (r.get("startup") instanceof Map<?, ?> m) {
            out.println("start-up: " + m);
        }
        for (String k : new String[]{"newskgIngestThreads1", "newskgIngestThreads2"}) {
            if (r.get(k) instanceof Map<?, ?> m) {
                out.println(k + " stage seconds: " + m.get("stageSeconds") + ", after-annotation share " + m.get("afterAnnotationShare"));
            }
        }
        out.println("ratios: " + r.get("ratios"));
        out.println("cold-start query (new JVM, treaties.rq): " + r.get("coldQuerySeconds") + " s");
        if (r.get("storeAtScale") instanceof Map<?, ?> m) {
            out.printf("store at scale: %s articles loaded in %s s (%s compactions on the way, at most %s MiB on disk), "
                            + "%s bytes/article (%s after compaction in %s s), peak RSS %s MiB%n",
                    m.get("articles"), m.get("loadSeconds"), ((List<?>) m.get("compactionsDuringLoad")).size(), m.get("peakStoreMiB"),
                    m.get("bytesPerArticle"), m.get("bytesPerArticleCompacted"), m.get("compactSeconds"), m.get("peakRssMiB"));
            for (Object g : (List<Object>) m.get("growth")) {
                out.println("  " + g);
            }
            out.println("query                          median ms     p95 ms");
            for (Object o : (List<Object>) m.get("queryLatency")) {
                Map<String, Object> q = (Map<String, Object>) o;
                out.printf("%-30s %9s %10s%n", q.get("query"), q.get("medianMs"), q.get("p95Ms"));
            }
        }
        if (r.get("storeAtScale") instanceof Map<?, ?> m && m.get("exportLatency") instanceof List<?> exports) {
            out.println("export subset                           median ms     p95 ms");
            for (Object o : exports) {
                Map<String, Object> q = (Map<String, Object>) o;
                out.printf("%-38s %10s %10s%n", q.get("export"), q.get("medianMs"), q.get("p95Ms"));
            }
        }
        out.println("report: " + r.get("reportFile"));
    }

    private void writeReport() throws IOException {
        Files.createDirectories(options.outDir());
        Path f = options.outDir().resolve("bench-" + Instant.now().toString().replace(':', '-') + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(f.toFile(), report);
        report.put("reportFile", f.toString());
    }

    private static List<Path> canned() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static Map<String, Object> phase(double seconds, long articles, long tokens, long peakMiB) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", round(seconds));
        m.put("articlesPerSecond", round(articles / seconds));
        m.put("tokensPerSecond", round(tokens / seconds));
        m.put("peakRssMiB", peakMiB);
        return m;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

}
