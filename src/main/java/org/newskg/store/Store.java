package org.newskg.store;

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

    /** Runs a query (the default graph is the union of the articles) and hands its execution to fn. */
    <T> T query(Query query, Function<QueryExecution, T> fn);

    /** Reads the whole dataset in one read transaction (exports). */
    <T> T read(Function<DatasetGraph, T> reader);

    @Override
    void close();
}
