package org.newskg.export;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.OutputStream;

/**
 * RDF exports with Jena's writers: TriG and N-Quads keep every article's named graph (streamed);
 * Turtle and JSON-LD write the union of the articles as one graph.
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
    public void write(DatasetGraph data, OutputStream out) {
        if (namedGraphs && StreamRDFWriter.registered(format)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            StreamRDFOps.sendDatasetToStream(data, stream);
            stream.finish();
        } else if (namedGraphs) {
            RDFDataMgr.write(out, data, format);
        } else {
            RDFDataMgr.write(out, data.getUnionGraph(), format);
        }
    }
}
