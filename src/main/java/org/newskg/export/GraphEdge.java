package org.newskg.export;

import java.util.List;

/**
 * A relation between two drawn entities: a fact (leaderOf, ...) or events of one CAMEO code from
 * actor to target, folded over the articles that support it.
 *
 * @param relation the property's local name, or "cameo:" and the code
 * @param kind     "fact" or "event"
 * @param directed false for symmetric facts (a treaty is signed with each other)
 * @param weight   how many articles in scope support the edge
 * @param first    the first publication day among them (yyyy-mm-dd), or null
 * @param evidence up to {@link EntityGraphReader#MAX_EVIDENCE} sentences, in article order
 */
public record GraphEdge(String id, GraphNode source, GraphNode target, String relation, String kind, boolean directed,
                        int weight, String first, String last, List<Evidence> evidence) {

    /** A sentence the edge was read from, with its article and that article's source URL (may be null). */
    public record Evidence(String sentence, String article, String url) {
    }

    /** The label to draw: the relation, or "CAMEO 057" for events. */
    public String label() {
        return relation.startsWith("cameo:") ? "CAMEO " + relation.substring(6) : relation;
    }
}
