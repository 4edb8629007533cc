package org.newskg.extract;

/**
 * Where an entity is named: a token range of a sentence (sentence -1 for article metadata such as
 * the dateline) and its character offsets in the article text.
 */
public record Mention(int sentence, int firstToken, int lastToken, int begin, int end, String text) {
}
