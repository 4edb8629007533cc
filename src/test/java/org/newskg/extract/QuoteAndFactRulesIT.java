package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.testing.SharedNlp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quote attribution and fact rules on short texts, negative cases beside positive ones. */
class QuoteAndFactRulesIT {

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().label();
    }

    private static boolean hasFact(Extraction x, String s, Relation r, String o) {
        return x.facts().stream().anyMatch(f -> f.subject().label().equals(s) && f.relation() == r
                && (f.object() != null ? f.object().label().equals(o) : f.literal().contains(o)));
    }

    @Test
    void splitQuoteAndPronounContinuation() {
        Extraction x = SharedNlp.extract("Vedant Patel spoke on Tuesday.\n"
                + "\u201CWe are watching this very closely,\u201D Patel said, \u201Cand we will respond to it.\u201D\n"
                + "\u201CThe allies agree with every part of this,\u201D he added.");
        List<Quote> qs = x.quotes();
        assertEquals(3, qs.size(), qs.toString());
        qs.forEach(q -> assertEquals("Vedant Patel", speaker(q), q.text()));
    }

    @Test
    void invertedAttributionThroughATitle() {
        Extraction x = SharedNlp.extract("\u201CThe two states will decide this for themselves,\u201D said the ministry "
                + "spokesperson Lin Jian.");
        assertEquals("Lin Jian", speaker(x.quotes().get(0)));
    }

    @Test
    void wholeParagraphQuoteContinuesThePreviousSpeaker() {
        Extraction x = SharedNlp.extract("\u201CWe need to raise the cost for the aggressor,\u201D said Mark Rutte.\n"
                + "\u201CWe must recommit to stay the course of the war.\u201D");
        assertEquals(2, x.quotes().size());
        assertEquals("Mark Rutte", speaker(x.quotes().get(1)));
    }

    @Test
    void scareQuotesAreNotQuotesAndUnknownSpeakersStayUnknown() {
        Extraction x = SharedNlp.extract("Officials warned of \u201Cdestabilizing\u201D actions.\n"
                + "\u201CThe ships were seen transferring oil at sea last month,\u201D the report said.");
        assertEquals(1, x.quotes().size(), x.quotes().toString());
        assertNull(x.quotes().get(0).speaker());
    }

    @Test
    void titlesLeadersAndAffiliations() {
        Extraction x = SharedNlp.extract("NATO Secretary General Mark Rutte met Russian President Vladimir Putin. "
                + "Vedant Patel, principal deputy spokesperson for the U.S. State Department, attended.");
        assertTrue(hasFact(x, "Mark Rutte", Relation.TITLE, "Secretary General"));
        assertTrue(hasFact(x, "Mark Rutte", Relation.AFFILIATED_WITH, "NATO"));
        assertTrue(hasFact(x, "Vladimir Putin", Relation.LEADER_OF, "Russia"));
        assertTrue(hasFact(x, "Vedant Patel", Relation.TITLE, "principal deputy spokesperson"));
        assertTrue(hasFact(x, "Vedant Patel", Relation.AFFILIATED_WITH, "United States Department of State"));
        assertTrue(x.facts().stream().noneMatch(f -> f.relation() == Relation.LEADER_OF && f.subject().label().equals("Vedant Patel")));
    }

    @Test
    void treatiesAndPositions() {
        Extraction x = SharedNlp.extract("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty. "
                + "China reaffirmed its stance that the relations were a matter for them to decide.");
        assertTrue(hasFact(x, "Russia", Relation.SIGNED_TREATY_WITH, "North Korea"));
        assertTrue(hasFact(x, "China", Relation.STATED_POSITION, "matter for them"));
    }

    @Test
    void aSigningWithoutATreatyIsNoTreaty() {
        Extraction x = SharedNlp.extract("Russia and North Korea signed autographs for the fans.");
        assertTrue(x.facts().stream().noneMatch(f -> f.relation() == Relation.SIGNED_TREATY_WITH));
    }

    @Test
    void placesWithinCountries() {
        Extraction x = SharedNlp.extract("The ship was seen off Yeosu, South Korea, and later in Russia's Kursk region.");
        assertTrue(hasFact(x, "Yeosu", Relation.LOCATED_IN, "South Korea"), x.facts().toString());
        assertTrue(hasFact(x, "Kursk Oblast", Relation.LOCATED_IN, "Russia"), x.facts().toString());
    }

    @Test
    void placesInCountriesAndInTheirParts() {
        Extraction x = SharedNlp.extract("Mariupol, a port city in southeastern Ukraine, was shelled again. "
                + "The tanker is owned by a firm in Qingdao in China's east. "
                + "Protesters in Paris marched against the war in Ukraine.");
        assertTrue(hasFact(x, "Mariupol", Relation.LOCATED_IN, "Ukraine"), x.facts().toString());
        assertTrue(hasFact(x, "Qingdao", Relation.LOCATED_IN, "China"), x.facts().toString());
        assertTrue(x.facts().stream().noneMatch(f -> f.relation() == Relation.LOCATED_IN && f.subject().label().equals("Paris")),
                x.facts().toString());
    }

    @Test
    void stateBodiesArePartOfTheirStateAndNewspapersAreNot() {
        Extraction x = SharedNlp.extract("China's Foreign Ministry said the report was false. "
                + "South Korea's Chosun Ilbo reported the transfers.");
        assertTrue(hasFact(x, "Chinese Foreign Ministry", Relation.PART_OF, "China"), x.facts().toString());
        assertTrue(x.facts().stream().noneMatch(f -> f.relation() == Relation.PART_OF && f.subject().label().contains("Chosun")));
    }
}
