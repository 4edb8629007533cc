package org.newskg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Graphviz DOT for {@code dot}, {@code sfdp} or {@code neato}. Every id and label is a quoted,
 * escaped string; labels are never HTML-like ({@code <...>}); attributes that name files or links
 * ({@code image}, {@code URL}, {@code href}, {@code fontpath}, ...) are never written, so article
 * text can neither restructure the graph nor make Graphviz read a file.
 */
final class DotSink implements GraphSink {
    private final Writer w;

    DotSink(OutputStream out) {
        this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void start() throws IOException {
        w.write("digraph \"newskg\" {\n");
        w.write("  graph [charset=\"UTF-8\", overlap=\"false\", splines=\"true\", fontname=\"Helvetica\"];\n");
        w.write("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\"];\n");
        w.write("  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n");
    }

    @Override
    public void node(GraphNode n) throws IOException {
        w.write("  " + Text.dot(n.id()) + " [label=" + Text.dot(Text.label(n.label()))
                + ", shape=" + Text.dot(Style.dotShape(n.type())) + ", fillcolor=" + Text.dot(Style.color(n.type()))
                + ", width=" + Text.dot(Style.num(Style.size(n.mentions()) / 10.0)) + "];\n");
    }

    @Override
    public void edge(GraphEdge e) throws IOException {
        w.write("  " + Text.dot(e.source().id()) + " -> " + Text.dot(e.target().id()) + " [label=" + Text.dot(Text.label(e.label()))
                + ", color=" + Text.dot(Style.edgeColor(e)) + ", penwidth=" + Text.dot(Style.num(Style.width(e.weight())))
                + ", weight=" + Text.dot(Integer.toString(e.weight())) + (e.directed() ? "" : ", dir=\"none\"") + "];\n");
    }

    @Override
    public void finish() throws IOException {
        w.write("}\n");
        w.flush();
    }
}
