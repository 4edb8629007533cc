package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.ArticleGraph;

import java.util.List;
import java.util.function.Function;

/**
 * Where article graphs live: an embedded TDB2 directory or a remote SPARQL endpoint. Queries see
 * the union of all article graphs as their default graph.
 */
public interface Store extends AutoCloseable {

    /** Replaces each article's named graph, all in one transaction: all of them land, or none. */
    void replace(List<ArticleGraph> graphs);

    /**
     * Adds triples to a named graph, keeping what it holds (the links graph, which grows as links
     * are found). The default reads the graph and replaces it; the stores do it in one step.
     */
    default void add(String graphIri, Graph g) {
        Graph merged = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        read(dsg -> {
            dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(graphIri)).find().forEachRemaining(merged::add);
            return null;
        });
        g.find().forEachRemaining(merged::add);
        replace(List.of(new ArticleGraph(graphIri, graphIri, merged)));
    }

    /** Runs a query (the default graph is the union of the articles) and hands its execution to fn. */
    <T> T query(Query query, Function<QueryExecution, T> fn);

    /** Reads the whole dataset in one read transaction (exports). */
    <T> T read(Function<DatasetGraph, T> reader);

    /**
     * Reclaims the space that writes left behind, when that is worth its cost now (see
     * {@link Compaction}); {@code runEnded} says the writer is done. Returns what was done, or null.
     * Stores that manage their own space do nothing.
     */
    default Compaction tidy(boolean runEnded) {
        return null;
    }

    @Override
    void close();
}
