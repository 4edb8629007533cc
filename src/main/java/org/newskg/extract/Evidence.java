package org.newskg.extract;

import org.newskg.nlp.Sentence;

/**
 * The sentence a statement was read from, with its character offsets in the article and those of
 * the word that triggered it, so that every fact can be traced back to the text.
 */
public record Evidence(String sentence, int sentenceBegin, int sentenceEnd, int triggerBegin, int triggerEnd) {

    public static Evidence of(Sentence s, int triggerToken) {
        return new Evidence(s.text(), s.begin(), s.end(), s.token(triggerToken).begin(), s.token(triggerToken).end());
    }

    public static Evidence of(Sentence s) {
        return new Evidence(s.text(), s.begin(), s.end(), s.begin(), s.end());
    }
}
