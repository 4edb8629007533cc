package org.newskg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameters of the export queries bind as RDF terms wherever their VALUES blocks sit. */
class ExportQueriesTest {
    private static String text(ExportQueries q) throws Exception {
        Field f = ExportQueries.class.getDeclaredField("query");
        f.setAccessible(true);
        return f.get(q).toString();
    }

    private static int count(String haystack, String needle) {
        return haystack.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void aParameterInsideASubSelectIsBound() throws Exception {
        Node e = NodeFactory.createURI("urn:x:entity-1");
        String q = text(ExportQueries.load("nodes").bindAll("e", List.of(e)));
        assertEquals(1, count(q, "<urn:x:entity-1>"), q);
    }

    @Test
    void everyBlockOfAParameterIsBoundOnceEach() throws Exception {
        Node key = NodeFactory.createLiteralString("Evil\" } ; DROP ALL #");
        String q = text(ExportQueries.load("entities").bind(List.of("key", "term"), List.of(List.of(key, key), List.of(key,
                NodeFactory.createURI("urn:x:a")))));
        assertEquals(2, count(q, "<urn:x:a>"), "one row in each union branch: " + q);
        assertTrue(!q.contains("\"Russia\""), "the placeholder rows are gone: " + q);
        assertTrue(q.contains("\"Evil\\\" } ; DROP ALL #\""), "a value stays a literal: " + q);
    }

    @Test
    void anUnknownParameterIsABug() {
        assertThrows(IllegalStateException.class, () -> ExportQueries.load("nodes").bindAll("nosuch",
                List.of(NodeFactory.createURI("urn:x:a"))));
    }

    @Test
    void anEntityValueStandsForANameAndPerhapsAnIri() {
        assertEquals(List.of(NodeFactory.createLiteralString("Russia")), Scope.termsFor("Russia"));
        assertEquals(List.of(NodeFactory.createLiteralString("q159"), NodeFactory.createURI("http://www.wikidata.org/entity/Q159")),
                Scope.termsFor("q159"));
        assertEquals(NodeFactory.createURI("https://w3id.org/newskg/entity/Q7184"),
                Scope.termsFor("https://w3id.org/newskg/entity/Q7184").get(1));
        assertEquals(1, Scope.termsFor("Kim Jong Un: a profile").size(), "a name with a colon and spaces is no IRI");
    }
}
