package org.newskg.nlp;

/**
 * One token with what the NLP found for it. Offsets are character offsets into the article text.
 *
 * @param ner        coarse or fine-grained NER tag (PERSON, ORGANIZATION, COUNTRY, NATIONALITY,
 *                   CITY, STATE_OR_PROVINCE, LOCATION, TITLE, DATE, ...), "O" for none
 * @param normalized the normalised value of a DATE/TIME/NUMBER token (e.g. "2024-06-19"), or null
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized,
                    int begin, int end) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean hasNer() {
        return !"O".equals(ner);
    }
}
