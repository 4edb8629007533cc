package org.newskg.crash;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.TdbStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 at random moments of an ingest: after every kill the store opens, answers a query,
 * holds every article whose commit had returned, and no article that differs from a clean run's
 * (none half written); re-running the same ingest then completes it with no duplicates.
 */
class CrashSafetyIT {
    private static final int ARTICLES = 400;
    private static final int KILLS = 25;
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/newskg/ontology#Article> } }";

    @Test
    void killedIngestsLoseNothingCommittedAndLeaveNothingHalfWritten(@TempDir Path dir) throws Exception {
        Path input = writeArticles(dir.resolve("articles.jsonl"));
        Path reference = dir.resolve("reference");
        long t0 = System.nanoTime();
        Run clean = Run.start(reference, input, dir.resolve("ref.err"));
        assertTrue(clean.finish(), "the clean run finishes");
        long runMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Graph> expected = snapshot(reference).graphs;
        assertEquals(ARTICLES, expected.size());

        Path store = dir.resolve("store");
        Random random = new Random(20261128);
        int tried = 0;
        int landed = 0;
        int survived = 0;
        int afterACommit = 0;
        List<String> log = new ArrayList<>();
        while (landed < KILLS && tried < KILLS * 3) {
            tried++;
            long delay = (long) (random.nextDouble() * runMillis * 0.9); // any moment of a run, start-up included
            Path errFile = dir.resolve("run-" + tried + ".err");
            Run run = Run.start(store, input, errFile);
            Thread.sleep(delay);
            boolean wasRunning = run.process.isAlive();
            run.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertTrue(run.process.waitFor(30, TimeUnit.SECONDS));
            run.drain();
            if (wasRunning && !run.done()) {
                landed++;
            }
            Snapshot s = snapshot(store);
            int acked = run.committed().size();
            for (String iri : run.committed()) {
                assertTrue(s.graphs.containsKey(iri), "committed article " + iri + " lost after kill " + tried);
            }
            for (Map.Entry<String, Graph> g : s.graphs.entrySet()) {
                Graph ref = expected.get(g.getKey());
                assertTrue(ref != null, "unknown graph " + g.getKey());
                assertTrue(ref.isIsomorphicWith(g.getValue()), "graph " + g.getKey() + " half written after kill " + tried);
            }
            assertEquals(s.graphs.size(), s.counted, "the store answers queries and counts what it holds");
            survived += wasRunning && !run.done() ? 1 : 0;
            afterACommit += wasRunning && !run.done() && acked > 0 ? 1 : 0;
            String when = wasRunning && !run.done() ? "mid-ingest" : run.done() ? "after the run had ended"
                    : "after the child had failed by itself (" + firstLine(errFile) + ")";
            log.add(String.format("kill %2d at %5d ms: %s, %3d articles acknowledged by the killed run, store holds %3d, all complete",
                    tried, delay, when, acked, s.graphs.size()));
        }
        Run last = Run.start(store, input, dir.resolve("last.err"));
        assertTrue(last.finish(), "re-running completes");
        Snapshot fin = snapshot(store);
        assertEquals(expected.keySet(), fin.graphs.keySet(), "every article once");
        long triples = 0;
        for (Map.Entry<String, Graph> g : fin.graphs.entrySet()) {
            assertTrue(expected.get(g.getKey()).isIsomorphicWith(g.getValue()), "no duplicate or stale triples in " + g.getKey());
            triples += g.getValue().size();
        }
        log.forEach(System.out::println);
        System.out.printf("crash safety: %d kills tried, %d landed mid-ingest (%d of them after the killed run had committed), %d survived "
                + "(store opened, queried, nothing committed lost, nothing half written); clean run %d ms; final store %d articles, "
                + "%d triples, identical to the clean run%n", tried, landed, afterACommit, survived, runMillis, fin.graphs.size(), triples);
        assertTrue(landed >= 20, "at least 20 kills landed mid-ingest: " + landed);
        assertEquals(landed, survived);
    }

    /** A child that ended on its own without finishing (a broken build, say) is reported, not counted as a kill. */
    private static String firstLine(Path err) {
        try {
            return Files.readAllLines(err).stream().filter(l -> l.contains("Exception") || l.contains("Error")).findFirst().orElse("no error output");
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** What a store holds, read by opening it as newskg does. */
    record Snapshot(Map<String, Graph> graphs, long counted) {
    }

    static Snapshot snapshot(Path dir) {
        try (TdbStore st = TdbStore.open(dir, false)) {
            long n = st.query(QueryFactory.create(COUNT), qe -> qe.execSelect().next().getLiteral("n").getLong());
            Map<String, Graph> graphs = st.read(dsg -> {
                Map<String, Graph> m = new HashMap<>();
                for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEachRemaining(copy::add);
                    m.put(g.getURI(), copy);
                }
                return m;
            });
            return new Snapshot(graphs, n);
        }
    }

    /** Synthetic articles, each with its own url, so that every one is a separate named graph. */
    static Path writeArticles(Path file) throws IOException {
        String[] words = ("minister said talks would resume next week after delegations met in the capital to discuss trade "
                + "sanctions border security and the release of detained journalists while officials declined to comment").split(" ");
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder text = new StringBuilder("Officials in Geneva met on Tuesday for round " + i + " of talks.");
            for (int s = 0; s < 12; s++) {
                text.append(' ').append(Character.toUpperCase(words[r.nextInt(words.length)].charAt(0)));
                for (int w = 0; w < 14; w++) {
                    text.append(words[r.nextInt(words.length)]).append(' ');
                }
                text.setLength(text.length() - 1);
                text.append('.');
            }
            sb.append("{\"title\":\"Talks, round ").append(i).append("\",\"url\":\"https://news.example.org/talks/").append(i)
                    .append("\",\"date\":\"2024-06-").append(10 + i % 20).append("\",\"text\":\"").append(text).append("\"}\n");
        }
        Files.writeString(file, sb);
        return file;
    }

    /** One child JVM running the ingest, with its acknowledgements collected as they arrive. */
    static final class Run {
        final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread reader;

        private Run(Process p) {
            process = p;
            reader = new Thread(() -> {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process was killed: what arrived before is what counts
                }
            });
            reader.start();
        }

        static Run start(Path store, Path input, Path stderr) throws IOException {
            return new Run(new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), "ingest", store.toString(), input.toString()))
                    .redirectError(stderr.toFile()).start());
        }

        boolean finish() throws InterruptedException {
            boolean exited = process.waitFor(5, TimeUnit.MINUTES);
            drain();
            return exited && process.exitValue() == 0 && done();
        }

        void drain() throws InterruptedException {
            reader.join(10_000);
        }

        boolean done() {
            return lines.contains("DONE");
        }

        /** The articles whose commit had returned before the kill: only complete lines count. */
        List<String> committed() {
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                if (l.startsWith("COMMITTED ")) {
                    out.addAll(List.of(l.substring(10).split(" ")));
                }
            }
            return out;
        }
    }
}
