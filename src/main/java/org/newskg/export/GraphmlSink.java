package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * GraphML that yEd draws with labels and colours (yFiles {@code nodegraphics}/{@code edgegraphics}
 * keys with y:ShapeNode and y:PolyLineEdge), and plain {@code attr.name} data that Gephi,
 * Cytoscape and NetworkX read.
 */
final class GraphmlSink implements GraphSink {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String Y = "http://www.yworks.com/xml/graphml";
    private final XmlOut x;

    GraphmlSink(OutputStream out) throws IOException {
        this.x = new XmlOut(out);
    }

    @Override
    public void start() throws IOException {
        x.start("", "graphml", NS).ns("", NS).ns("y", Y);
        key("d0", "node", "label", "string");
        key("d1", "node", "type", "string");
        key("d2", "node", "wikidata", "string");
        key("d3", "node", "iri", "string");
        key("d4", "node", "mentions", "int");
        key("d5", "node", "first", "string");
        key("d6", "node", "last", "string");
        x.empty("", "key", NS).attr("id", "d7").attr("for", "node").attr("yfiles.type", "nodegraphics");
        key("e0", "edge", "label", "string");
        key("e1", "edge", "relation", "string");
        key("e2", "edge", "kind", "string");
        key("e3", "edge", "weight", "double");
        key("e4", "edge", "evidence", "string");
        key("e5", "edge", "first", "string");
        key("e6", "edge", "last", "string");
        x.empty("", "key", NS).attr("id", "e7").attr("for", "edge").attr("yfiles.type", "edgegraphics");
        x.start("", "graph", NS).attr("id", "newskg").attr("edgedefault", "directed");
    }

    private void key(String id, String forWhat, String name, String type) throws IOException {
        x.empty("", "key", NS).attr("id", id).attr("for", forWhat).attr("attr.name", name).attr("attr.type", type);
    }

    @Override
    public void node(GraphNode n) throws IOException {
        String label = Text.label(n.label());
        x.start("", "node", NS).attr("id", n.id());
        data("d0", label);
        data("d1", n.type());
        data("d2", n.wikidata());
        data("d3", n.iri());
        data("d4", Integer.toString(n.mentions()));
        data("d5", n.first());
        data("d6", n.last());
        x.start("", "data", NS).attr("key", "d7").start("y", "ShapeNode", Y);
        double[] p = Style.position(n.index());
        double h = 30;
        double w = Math.max(40, 8 * label.codePointCount(0, label.length()) + 16);
        x.empty("y", "Geometry", Y).attr("x", Style.num(p[0] * 3)).attr("y", Style.num(p[1] * 2))
                .attr("width", Style.num(w)).attr("height", Style.num(h));
        x.empty("y", "Fill", Y).attr("color", Style.color(n.type())).attr("transparent", "false");
        x.empty("y", "BorderStyle", Y).attr("color", "#333333").attr("type", "line").attr("width", "1.0");
        x.start("y", "NodeLabel", Y).attr("visible", "true").attr("modelName", "internal").attr("modelPosition", "c")
                .text(Text.yed(label)).end();
        x.empty("y", "Shape", Y).attr("type", Style.yedShape(n.type()));
        x.end().end().end();
    }

    @Override
    public void edge(GraphEdge e) throws IOException {
        String label = Text.label(e.label());
        x.start("", "edge", NS).attr("id", e.id()).attr("source", e.source().id()).attr("target", e.target().id())
                .attr("directed", e.directed() ? null : "false");
        data("e0", label);
        data("e1", e.relation());
        data("e2", e.kind());
        data("e3", Integer.toString(e.weight()));
        data("e4", e.evidence().isEmpty() ? null : e.evidence().get(0).sentence());
        data("e5", e.first());
        data("e6", e.last());
        x.start("", "data", NS).attr("key", "e7").start("y", "PolyLineEdge", Y);
        x.empty("y", "LineStyle", Y).attr("color", Style.edgeColor(e)).attr("type", "line")
                .attr("width", Style.num(Style.width(e.weight())));
        x.empty("y", "Arrows", Y).attr("source", "none").attr("target", e.directed() ? "standard" : "none");
        x.start("y", "EdgeLabel", Y).attr("visible", "true").text(Text.yed(label)).end();
        x.empty("y", "BendStyle", Y).attr("smoothed", "false");
        x.end().end().end();
    }

    private void data(String key, String value) throws IOException {
        if (value != null) {
            x.start("", "data", NS).attr("key", key).text(Text.sentence(value)).end();
        }
    }

    @Override
    public void finish() throws IOException {
        x.end().end();
        x.finish();
    }
}
