package org.newskg.export;

import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.io.OutputStream;

/** A visual format: the entity graph of the subset, streamed to the format's sink. */
public final class GraphExporter implements Exporter {
    /** Long enough for a large store; the query stops rather than run forever. */
    public static final long TIMEOUT_SECONDS = 3600;

    /** Makes a format's sink over the output stream. */
    public interface SinkFactory {
        GraphSink open(OutputStream out) throws IOException;
    }

    private final String name;
    private final String description;
    private final SinkFactory sinks;

    public GraphExporter(String name, String description, SinkFactory sinks) {
        this.name = name;
        this.description = description;
        this.sinks = sinks;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean entityGraph() {
        return true;
    }

    @Override
    public void write(DatasetGraph data, Subset subset, OutputStream out) throws IOException {
        write(data, subset, out, TIMEOUT_SECONDS);
    }

    public void write(DatasetGraph data, Subset subset, OutputStream out, long timeoutSeconds) throws IOException {
        Scope scope = Scope.resolve(data, subset, timeoutSeconds);
        new EntityGraphReader(data, scope, timeoutSeconds).read(sinks.open(out));
    }
}
