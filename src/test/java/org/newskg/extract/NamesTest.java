package org.newskg.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names as labels: the text's punctuation around a name is no part of it. */
class NamesTest {
    @Test
    void trailingPunctuationAndDashesGo() {
        assertEquals("North Koreans", Names.clean("North Koreans \u2014"));
        assertEquals("Kursk", Names.clean("Kursk \u2013"));
        assertEquals("Russia", Names.clean("Russia's"));
        assertEquals("State Department", Names.clean("the State Department,"));
    }

    @Test
    void anAbbreviationKeepsItsFinalDot() {
        assertEquals("U.S.", Names.clean("U.S."));
    }
}
