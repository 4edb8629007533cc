package org.newskg.export;

import java.io.IOException;

/**
 * Receives the entity graph as a stream: every node, then every edge (whose ends were sent
 * before), then finish. Formats that must declare things up front do it in start.
 */
public interface GraphSink {
    void start() throws IOException;

    void node(GraphNode n) throws IOException;

    void edge(GraphEdge e) throws IOException;

    void finish() throws IOException;
}
