package org.newskg.extract;

import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

/** Who a speech verb attributes its words to, where the parse does not say nsubj. */
final class Attribution {
    private Attribution() {
    }

    /**
     * In an inverted attribution after the words ("…," said Rutte; "Beijing has no information,
     * said a foreign ministry spokesman"), the speaker is the noun right after the verb, which
     * parsers often attach as object, complement or dep: its index, or -1.
     */
    static int invertedSubject(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            int c = d.dependent();
            if (c > verb && c <= verb + 8 && s.token(c).isNoun()
                    && (d.base().equals("obj") || d.base().equals("iobj") || d.base().equals("xcomp") || d.base().equals("dep")
                    || d.base().equals("nsubj") || d.base().equals("obl") && d.refinement().equals("npmod"))) {
                return c;
            }
        }
        return -1;
    }
}
