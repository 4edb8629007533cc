package org.newskg.nlp;

/**
 * A typed dependency between two tokens of a sentence (indices into the sentence's tokens; the
 * governor is -1 for the root). Relations are Universal Dependencies with the enhanced++
 * refinements CoreNLP produces: {@code obl:against}, {@code nmod:poss}, {@code nsubj:xsubj}, ...
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its refinement: {@code obl:against} gives {@code obl}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The refinement after the colon, lower-cased, or "" ({@code obl:against} gives {@code against}). */
    public String refinement() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
