package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * GEXF 1.3 for Gephi: node type, Wikidata id, IRI and mention count as attributes, colour and size
 * by type and mentions, edges weighted by supporting articles and kept apart by relation
 * ({@code kind}, so Gephi does not merge parallel edges), and start/end days from the articles'
 * publication dates so Gephi's timeline replays the news.
 */
final class GexfSink implements GraphSink {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private final XmlOut x;
    private boolean inEdges;

    GexfSink(OutputStream out) throws IOException {
        this.x = new XmlOut(out);
    }

    @Override
    public void start() throws IOException {
        x.start("", "gexf", NS).ns("", NS).ns("viz", VIZ).attr("version", "1.3");
        x.start("", "meta", NS).start("", "creator", NS).text("newskg").end()
                .start("", "description", NS).text("Entities in the news and the relations between them").end().end();
        // mode="dynamic" with dates: Gephi's timeline; elements without dates are always shown
        x.start("", "graph", NS).attr("defaultedgetype", "directed").attr("mode", "dynamic").attr("timeformat", "date");
        x.start("", "attributes", NS).attr("class", "node");
        attribute("type", "type", "string");
        attribute("wikidata", "wikidata", "string");
        attribute("iri", "iri", "string");
        attribute("mentions", "mentions", "integer");
        x.end();
        x.start("", "attributes", NS).attr("class", "edge");
        attribute("relation", "relation", "string");
        attribute("kind", "kind", "string");
        attribute("articles", "articles", "integer");
        attribute("evidence", "evidence", "string");
        x.end();
        x.start("", "nodes", NS);
    }

    private void attribute(String id, String title, String type) throws IOException {
        x.empty("", "attribute", NS).attr("id", id).attr("title", title).attr("type", type);
    }

    @Override
    public void node(GraphNode n) throws IOException {
        x.start("", "node", NS).attr("id", n.id()).attr("label", Text.label(n.label()))
                .attr("start", n.first()).attr("end", n.last());
        x.start("", "attvalues", NS);
        value("type", n.type());
        value("wikidata", n.wikidata());
        value("iri", n.iri());
        value("mentions", Integer.toString(n.mentions()));
        x.end();
        int[] c = Style.rgb(Style.color(n.type()));
        x.empty("viz", "color", VIZ).attr("r", Integer.toString(c[0])).attr("g", Integer.toString(c[1])).attr("b", Integer.toString(c[2]));
        x.empty("viz", "size", VIZ).attr("value", Style.num(Style.size(n.mentions())));
        double[] p = Style.position(n.index());
        x.empty("viz", "position", VIZ).attr("x", Style.num(p[0])).attr("y", Style.num(p[1])).attr("z", "0");
        x.end();
    }

    @Override
    public void edge(GraphEdge e) throws IOException {
        if (!inEdges) {
            x.end().start("", "edges", NS);
            inEdges = true;
        }
        x.start("", "edge", NS).attr("id", e.id()).attr("source", e.source().id()).attr("target", e.target().id())
                .attr("type", e.directed() ? null : "undirected").attr("label", Text.label(e.label()))
                .attr("kind", Text.label(e.relation())).attr("weight", Integer.toString(e.weight()))
                .attr("start", e.first()).attr("end", e.last());
        x.start("", "attvalues", NS);
        value("relation", e.relation());
        value("kind", e.kind());
        value("articles", Integer.toString(e.weight()));
        value("evidence", e.evidence().isEmpty() ? null : e.evidence().get(0).sentence());
        x.end();
        int[] c = Style.rgb(Style.edgeColor(e));
        x.empty("viz", "color", VIZ).attr("r", Integer.toString(c[0])).attr("g", Integer.toString(c[1])).attr("b", Integer.toString(c[2]));
        x.empty("viz", "thickness", VIZ).attr("value", Style.num(Style.width(e.weight())));
        x.end();
    }

    private void value(String id, String v) throws IOException {
        if (v != null) {
            x.empty("", "attvalue", NS).attr("for", id).attr("value", Text.sentence(v));
        }
    }

    @Override
    public void finish() throws IOException {
        if (!inEdges) {
            x.end().start("", "edges", NS);
        }
        x.end().end().end();
        x.finish();
    }
}
