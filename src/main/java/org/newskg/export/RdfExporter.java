package org.newskg.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.OutputStream;
import java.util.List;

/**
 * RDF exports with Jena's writers: TriG and N-Quads keep every article's named graph (streamed);
 * Turtle and JSON-LD write the union of the articles as one graph. Article filters choose which
 * article graphs are written; entity filters do not apply (an article's graph is kept whole).
 */
public final class RdfExporter implements Exporter {
    private final String name;
    private final RDFFormat format;
    private final boolean namedGraphs;

    public RdfExporter(String name, RDFFormat format, boolean namedGraphs) {
        this.name = name;
        this.format = format;
        this.namedGraphs = namedGraphs;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return namedGraphs ? "every article as its own named graph (" + format.getLang().getName() + ")"
                : "the union of all articles as one graph (" + format.getLang().getName() + ")";
    }

    @Override
    public boolean entityGraph() {
        return false;
    }

    @Override
    public void write(DatasetGraph data, Subset subset, OutputStream out) {
        List<Node> articles = subset.choosesArticles()
                ? Scope.resolve(data, subset, GraphExporter.TIMEOUT_SECONDS).articles() : null;
        if (namedGraphs && StreamRDFWriter.registered(format)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            if (articles == null) {
                StreamRDFOps.sendDatasetToStream(data, stream);
            } else {
                for (Node g : articles) {
                    data.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                }
            }
            stream.finish();
        } else if (namedGraphs) {
            RDFDataMgr.write(out, articles == null ? data : selected(data, articles), format);
        } else {
            RDFDataMgr.write(out, articles == null ? data.getUnionGraph() : union(data, articles), format);
        }
    }

    private static DatasetGraph selected(DatasetGraph data, List<Node> articles) {
        DatasetGraph d = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        for (Node g : articles) {
            data.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(d::add);
        }
        return d;
    }

    /** The chosen articles as one graph: in memory, which a subset keeps small. */
    private static Graph union(DatasetGraph data, List<Node> articles) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Node a : articles) {
            data.find(a, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> g.add(q.asTriple()));
        }
        return g;
    }
}
