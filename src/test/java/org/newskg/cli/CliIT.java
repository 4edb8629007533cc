package org.newskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line end to end with the real pipeline and store: one ingest run with good articles
 * and every kind of bad input from the foundation issue, then queries over what was stored.
 */
class CliIT {
    @TempDir
    static Path dir;
    static Path store;
    static int exit;
    static String err;

    record Output(int code, String out, String err) {
    }

    static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    static void ingestGoodAndBad() throws Exception {
        store = dir.resolve("store");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("data/samples/seed.txt"), in.resolve("seed.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("blank.txt"), "   \n\n\t  \n");
        Files.write(in.resolve("binary.txt"), new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3, (byte) 0xFF, 0});
        Files.write(in.resolve("latin.txt"), "Ang\u00e9la Merkel met Emmanuel Macron in Berlin on Monday. \u201CWe agree on everything here,\u201D Merkel said."
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("feed.jsonl"), """
                {"url": "https://example.org/good", "title": "Talks", "date": "2024-01-02", "text": "Japan and India held talks in Tokyo on Tuesday."}
                {"url": "https://example.org/broken", "title": "Broken", "text": "no closing brace"
                {"url": "https://example.org/notext", "title": "No text"}
                """);
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(in.resolve("huge.txt"), big);
        List<String> args = new ArrayList<>(List.of("ingest", "-q", "--store", store.toString(), "--threads", "2"));
        args.add(in.toString());
        args.add(dir.resolve("missing.txt").toString());
        Output o = run(args.toArray(String[]::new));
        exit = o.code();
        err = o.err();
    }

    @Test
    void badInputsAreNamedOnOneLineEachAndTheRunExitsWithOne() {
        assertEquals(ExitCode.SOME_FAILED, exit, err);
        for (String name : List.of("empty.txt", "blank.txt", "binary.txt", "feed.jsonl:2", "feed.jsonl:3", "huge.txt", "missing.txt")) {
            assertTrue(err.lines().anyMatch(l -> l.startsWith("newskg ingest: ") && l.contains(name)), name + " not named in:\n" + err);
        }
        assertFalse(err.contains("\tat "), "no stack traces without -x:\n" + err);
    }

    @Test
    void goodArticlesOfTheSameRunAreAllStored() {
        Output o = run("query", "--store", store.toString(), "--format", "csv",
                "SELECT ?src WHERE { GRAPH ?a { ?a dcterms:source ?src } } ORDER BY ?src");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("https://example.org/good"), o.out());
        assertTrue(o.out().contains("seed.txt"), o.out());
        assertTrue(o.out().contains("latin.txt"), "Windows-1252 text is read, not refused: " + o.out());
        assertEquals(4, o.out().lines().count(), "header and three articles: " + o.out());
    }

    @Test
    void contractExamplesHoldForTheSeedArticle() {
        Output treaty = run("query", "--store", store.toString(), "--format", "csv", """
                SELECT ?a ?b WHERE { ?r nkg:signedTreatyWith ?k . ?r rdfs:label ?a . ?k rdfs:label ?b .
                  ?k skos:altLabel "DPRK" . FILTER (?a = "Russia") }""");
        assertTrue(treaty.out().contains("Russia,North Korea"), treaty.out());
        Output position = run("query", "--store", store.toString(), "--format", "json", """
                SELECT ?p WHERE { ?c rdfs:label "China" ; nkg:statedPosition ?p . FILTER CONTAINS(?p, "matter for themselves") }""");
        assertTrue(position.out().contains("matter for themselves"), position.out());
    }

    @Test
    void reingestingReplacesInsteadOfDuplicating() {
        Output before = run("query", "--store", store.toString(), "--format", "tsv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        Output again = run("ingest", "-q", "--store", store.toString(), "data/samples/seed.txt");
        assertEquals(0, again.code(), again.err());
        Output after = run("query", "--store", store.toString(), "--format", "tsv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        Output graphs = run("query", "--store", store.toString(), "--format", "tsv", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(before.out(), after.out());
        assertTrue(graphs.out().contains("3"), graphs.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCode.USAGE, run("query", "--store", store.toString(), "--format", "bogus", "SELECT * WHERE {}").code());
        assertEquals(ExitCode.USAGE, run("query", "--store", store.toString(), "SELECT * WHERE {").code());
        assertEquals(ExitCode.USAGE, run("ingest", "--no-such-option").code());
        assertEquals(ExitCode.USAGE, run("export", "--store", store.toString(), "--format", "nope").code());
    }

    @Test
    void helpAndVersion() {
        Output help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("ingest") && help.out().contains("Exit codes"), help.out());
        for (String verb : List.of("ingest", "query", "export", "explain")) {
            Output h = run(verb, "--help");
            assertEquals(0, h.code(), verb);
            assertTrue(h.out().contains("Exit codes"), verb + ": " + h.out());
        }
        assertTrue(run("--version").out().contains("newskg"));
    }

    @Test
    void exportsParseBack() {
        Output trig = run("export", "--store", store.toString(), "--format", "trig");
        assertEquals(0, trig.code(), trig.err());
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(trig.out(), org.apache.jena.riot.Lang.TRIG).parse(dsg);
        assertEquals(3, dsg.size(), "three named graphs");
    }

}
