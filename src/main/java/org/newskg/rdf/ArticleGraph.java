package org.newskg.rdf;

import org.apache.jena.graph.Graph;

/** One article's named graph: its IRI and its triples, ready to replace the stored one. */
public record ArticleGraph(String iri, String inputName, Graph graph) {
}
