package org.newskg.export;

import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.io.OutputStream;

/** One export format: a name for {@code --format} and a writer over the stored dataset (read transaction held by the caller). */
public interface Exporter {
    String name();

    String description();

    void write(DatasetGraph data, OutputStream out) throws IOException;
}
