package org.newskg.export;

import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.io.OutputStream;

/** The graph JSON the viewer reads (Cytoscape JSON with evidence and article links), for newskg serve. */
public final class PageJson {
    private PageJson() {
    }

    public static void write(DatasetGraph data, Subset subset, OutputStream out, long timeoutSeconds) throws IOException {
        new GraphExporter("page-json", "viewer JSON", o -> new CytoscapeSink(o, true)).write(data, subset, out, timeoutSeconds);
    }
}
