package org.newskg.cli;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.Event;
import org.newskg.extract.Extraction;
import org.newskg.extract.Fact;
import org.newskg.extract.Quote;
import org.newskg.ingest.InputCollector;
import org.newskg.ingest.ReadResult;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.pipeline.IngestRunner;
import org.newskg.pipeline.Pipelines;

import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show what newskg reads from an article without storing it: entities, events, quotes and facts, "
                + "and with --parse the tokens, NER tags and dependencies the rules saw.")
final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--parse", description = "Also print every sentence's tokens and dependencies.")
    boolean parse;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "A gazetteer TSV of your own (format in data/README.md), used before the shipped one. Repeatable.")
    java.util.List<java.nio.file.Path> gazetteers = new java.util.ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or - (stdin).")
    List<String> paths;

    @Override
    public Integer call() {
        if (!Main.verbose) {
            CoreNlpAnnotator.quiet();
        }
        InputCollector collector = new InputCollector(InputCollector.defaultReaders(), System.in);
        List<ReadResult> results = new ArrayList<>();
        for (String p : collector.expand(paths, results::add)) {
            collector.read(p, results::add);
        }
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        org.newskg.link.Gazetteer gazetteer = Pipelines.gazetteer(gazetteers);
            ArticleExtractor extractor = Pipelines.extractor(gazetteer);
        PrintStream out = System.out;
        int failed = 0;
        for (ReadResult r : results) {
            if (!r.ok()) {
                System.err.println("newskg explain: " + r.error().getMessage());
                failed++;
                continue;
            }
            AnnotatedArticle doc = annotator.annotate(r.article());
            Extraction x = extractor.extract(doc);
            Pipelines.linker(gazetteer).link(x);
            out.println("# " + r.article().inputName() + "  published=" + r.article().published() + "  dateline=" + r.article().dateline());
            if (parse) {
                for (Sentence s : doc.sentences()) {
                    out.println("S" + s.index() + ": " + s.text());
                    for (Token t : s.tokens()) {
                        out.printf("   %d %s/%s/%s/%s%s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                                t.normalized() == null ? "" : " =" + t.normalized());
                    }
                    out.println("   " + s.dependencies().stream().map(d -> d.relation() + "(" + word(s, d.governor()) + ", "
                            + word(s, d.dependent()) + ")").collect(Collectors.joining(" ")));
                }
            }
            for (Entity e : x.entities().all()) {
                out.println("entity " + e + (e.link() != null ? " " + e.link().qid() + " (" + e.link().method() + ")" : "")
                        + " names=" + e.names());
            }
            for (Event e : x.events()) {
                out.println("event " + e.code() + " " + e.trigger() + " actors=" + e.actors() + " targets=" + e.targets()
                        + " place=" + e.place() + " date=" + e.date() + " | " + e.evidence().sentence());
            }
            for (Quote q : x.quotes()) {
                out.println("quote " + q.speaker() + ": " + q.text());
            }
            for (Fact f : x.facts()) {
                out.println("fact " + f.subject() + " " + f.relation() + " " + (f.object() != null ? f.object() : "\"" + f.literal() + "\""));
            }
        }
        return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    private static String word(Sentence s, int i) {
        return i < 0 ? "ROOT" : s.token(i).word() + "-" + i;
    }

}
