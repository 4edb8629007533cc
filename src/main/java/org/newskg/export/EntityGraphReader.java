package org.newskg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the entity graph of a scope with queries/export/nodes.rq and edges.rq and streams it to a
 * sink. Only node ids are held in memory (edges are dropped when an end was not drawn, e.g. outside
 * --types); an edge's rows arrive together (the query orders them) and are folded into one edge.
 */
public final class EntityGraphReader {
    /** Evidence sentences kept per edge: enough to judge it, bounded for hubs with thousands. */
    public static final int MAX_EVIDENCE = 5;
    private static final Var E = Var.alloc("e");
    /**
     * Up to this many drawn nodes, edges are read starting from them through the indexes; above
     * it, one pass over every edge in scope costs less than a look-up per node.
     */
    private static final int START_FROM_NODES_UP_TO = 1000;

    private final DatasetGraph data;
    private final Scope scope;
    private final long timeoutSeconds;

    public EntityGraphReader(DatasetGraph data, Scope scope, long timeoutSeconds) {
        this.data = data;
        this.scope = scope;
        this.timeoutSeconds = timeoutSeconds;
    }

    public void read(GraphSink sink) throws IOException {
        try {
            sink.start();
            Map<Node, GraphNode> nodes = nodes(sink);
            edges(sink, nodes);
            sink.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Map<Node, GraphNode> nodes(GraphSink sink) {
        Map<Node, GraphNode> nodes = new HashMap<>();
        ExportQueries q = ExportQueries.load("nodes").bindAll("article", scope.articles())
                .bindAll("e", scope.entities()).bindAll("type0", scope.types());
        q.select(data, timeoutSeconds, b -> {
            int i = nodes.size();
            GraphNode n = new GraphNode("n" + i, i, b.get(E).getURI(), lex(b, "label"), localName(b.get(Var.alloc("type"))),
                    qid(b.get(Var.alloc("wikidata"))), Integer.parseInt(lex(b, "mentions")), day(lex(b, "first")), day(lex(b, "last")));
            nodes.put(b.get(E), n);
            send(() -> sink.node(n));
        });
        return nodes;
    }

    private void edges(GraphSink sink, Map<Node, GraphNode> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        ExportQueries q = ExportQueries.load("edges").bindAll("article", scope.articles());
        if (scope.entities() != null) {
            q.bindAll("s", scope.entities());
        } else if (nodes.size() <= START_FROM_NODES_UP_TO) {
            q.bindAll("s", nodes.keySet()); // e.g. --types country: its edges, not every edge of the store
        }
        Fold fold = new Fold(sink);
        q.select(data, timeoutSeconds, b -> {
            GraphNode s = nodes.get(b.get(Var.alloc("s")));
            GraphNode o = nodes.get(b.get(Var.alloc("o")));
            if (s != null && o != null) {
                fold.row(s, o, b);
            }
        });
        fold.flush();
    }

    /** Folds consecutive rows of one (source, relation, target) into one edge. */
    private static final class Fold {
        private final GraphSink sink;
        private int count;
        private GraphNode s;
        private GraphNode o;
        private String relation;
        private String kind;
        private boolean directed;
        private final Set<String> articles = new LinkedHashSet<>();
        private final Set<String> sentences = new LinkedHashSet<>();
        private final List<GraphEdge.Evidence> evidence = new ArrayList<>();
        private String first;
        private String last;

        Fold(GraphSink sink) {
            this.sink = sink;
        }

        void row(GraphNode s, GraphNode o, Binding b) {
            String rel = lex(b, "relation");
            if (this.s != s || this.o != o || !rel.equals(relation)) {
                flush();
                this.s = s;
                this.o = o;
                this.relation = rel;
                this.kind = lex(b, "kind");
                this.directed = Boolean.parseBoolean(lex(b, "directed"));
            }
            String article = b.get(Var.alloc("article")).getURI();
            articles.add(article);
            String day = day(lex(b, "day"));
            if (day != null) {
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
            String sentence = lex(b, "evidence");
            if (sentence != null && evidence.size() < MAX_EVIDENCE && sentences.add(sentence)) {
                Node url = b.get(Var.alloc("url"));
                evidence.add(new GraphEdge.Evidence(sentence, article, url == null ? null : url.getURI()));
            }
        }

        void flush() {
            if (s == null) {
                return;
            }
            GraphEdge e = new GraphEdge("e" + count++, s, o, relation, kind, directed, articles.size(), first, last,
                    List.copyOf(evidence));
            send(() -> sink.edge(e));
            s = null;
            articles.clear();
            sentences.clear();
            evidence.clear();
            first = null;
            last = null;
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void send(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lex(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** A publication day as yyyy-mm-dd, or null: the formats declare their dates as xsd:date. */
    private static String day(String s) {
        return s != null && s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? s : null;
    }

    private static String localName(Node type) {
        String s = type.getURI();
        return s.substring(s.lastIndexOf('#') + 1);
    }

    private static String qid(Node wd) {
        if (wd == null || !wd.isURI()) {
            return null;
        }
        String s = wd.getURI();
        String id = s.substring(s.lastIndexOf('/') + 1);
        return id.matches("Q[0-9]+") ? id : null;
    }
}
