package org.newskg.export;

import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.io.OutputStream;

/** One export format: a name for {@code --format} and a writer over the stored dataset (read transaction held by the caller). */
public interface Exporter {
    String name();

    String description();

    /** Whether the format draws the entity graph, and so honours the entity filters (--entity, --types). */
    boolean entityGraph();

    /** Writes the part of the data the subset chooses; throws {@link SubsetException} before writing if it chooses nothing. */
    void write(DatasetGraph data, Subset subset, OutputStream out) throws IOException;

    /** Everything (no subset). */
    default void write(DatasetGraph data, OutputStream out) throws IOException {
        write(data, Subset.ALL, out);
    }
}
