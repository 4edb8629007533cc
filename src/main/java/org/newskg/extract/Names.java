package org.newskg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by clustering and lexicon look-ups: "the U.S.'s" and "US" give one key. */
public final class Names {
    private Names() {
    }

    /** The key of a person's name without middle initials: "Donald J. Trump" and "Donald Trump" agree. */
    public static String personKey(String name) {
        return key(name).replaceAll(" \\p{L}(?= )", "");
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "");
        s = s.replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** The name as written, without a possessive ending or surrounding punctuation. */
    public static String clean(String name) {
        String s = name.strip().replaceAll("\\s+", " ").replaceAll("[\\s,.;:!?\"\u201C\u201D()\\[\\]\u2013\u2014-]+$", "");
        if (name.strip().matches(".*\\b\\p{Lu}\\.(\\p{Lu}\\.)+$")) {
            s = name.strip(); // "U.S.", "D.P.R.K.": the final dot is part of the abbreviation
        }
        s = s.replaceAll("(?:['\u2019]s|['\u2019])$", "");
        if (s.startsWith("the ") || s.startsWith("The ")) {
            s = s.substring(4);
        }
        return s.strip();
    }
}
