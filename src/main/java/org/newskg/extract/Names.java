package org.newskg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by clustering and lexicon look-ups: "the U.S.'s" and "US" give one key. */
public final class Names {
    private Names() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "");
        s = s.replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** The name as written, without a possessive ending or surrounding punctuation. */
    public static String clean(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        s = s.replaceAll("(?:['\u2019]s|['\u2019])$", "");
        if (s.startsWith("the ") || s.startsWith("The ")) {
            s = s.substring(4);
        }
        return s.strip();
    }
}
