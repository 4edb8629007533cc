package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.testing.SharedNlp;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity rules on short sentences through the real CoreNLP pipeline: one node per real entity. */
class EntityRulesIT {

    private static Entity named(Extraction x, String name) {
        return x.entities().byName(name);
    }

    @Test
    void shortFormOfAPersonIsThePerson() {
        Extraction x = SharedNlp.extract("Vedant Patel spoke to reporters in Washington. Patel said the talks went well.");
        Entity patel = named(x, "Vedant Patel");
        assertNotNull(patel);
        assertEquals(EntityType.PERSON, patel.type());
        assertEquals("Vedant Patel", patel.label());
        assertTrue(patel.names().contains("Patel"));
        assertEquals(1, x.entities().all().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void captionCreditsAreNoPartOfPlaceNames() {
        Extraction x = SharedNlp.extract("Reaction in pictures. 4/29 Basra, Iraq Getty 5/29 Perth, Australia Getty Images "
                + "6/29 Cebu, Philippines Reuters 7/29 Crowds gathered.");
        for (String country : List.of("Iraq", "Australia", "Philippines")) {
            Entity c = named(x, country);
            assertNotNull(c, country + " in " + x.entities().all());
            assertEquals(EntityType.COUNTRY, c.type(), country);
        }
        assertTrue(x.entities().all().stream().noneMatch(e -> e.label().contains("Getty")), x.entities().all().toString());
    }

    @Test
    void demonymsAndOfficialNamesPointToTheirCountry() {
        Extraction x = SharedNlp.extract("North Korean troops moved to the border. The DPRK denied it, "
                + "and Russian forces stayed in Russia.");
        Entity nk = named(x, "North Korea");
        assertNotNull(nk, "North Korean troops mention North Korea");
        assertEquals(EntityType.COUNTRY, nk.type());
        assertTrue(nk.names().contains("DPRK"), "DPRK is North Korea: " + nk.names());
        Entity ru = named(x, "Russia");
        assertNotNull(ru);
        assertTrue(ru.names().contains("Russian"));
        assertNull(named(x, "North Korean troops"));
    }

    @Test
    void capitalAcronymsDoNotMatchOrdinaryWords() {
        Extraction x = SharedNlp.extract("Who knows what Kim Jong Un will do next, said the analyst.");
        assertNull(named(x, "World Health Organization"));
        Entity kim = named(x, "Kim Jong Un");
        assertNotNull(kim, "Un is part of the name, not the UN");
        assertNull(named(x, "United Nations"));
    }

    @Test
    void titlesAndPronounsAreNotEntities() {
        Extraction x = SharedNlp.extract("The president said he would meet the spokesperson on Monday.");
        assertTrue(x.entities().all().isEmpty(), "no entities: " + x.entities().all());
    }

    @Test
    void acronymJoinsItsFullName() {
        Extraction x = SharedNlp.extract("The International Atomic Energy Agency sent inspectors. IAEA officials arrived on Friday.");
        List<Entity> orgs = x.entities().all().stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        assertEquals(1, orgs.size(), orgs.toString());
    }

    @Test
    void datelinePlaceIsAnEntity() {
        org.newskg.ingest.Article a = new org.newskg.ingest.Article("https://example.org/d", "test", "",
                "Officials met on Monday.", "2024-11-13", "Taipei, Taiwan", List.of(), List.of(), "en");
        Extraction x = SharedNlp.extractor().extract(SharedNlp.annotator().annotate(a));
        assertNotNull(named(x, "Taipei"));
        assertEquals(EntityType.COUNTRY, named(x, "Taiwan").type());
        assertTrue(x.facts().stream().anyMatch(f -> f.relation() == Relation.LOCATED_IN
                && f.subject() == named(x, "Taipei") && f.object() == named(x, "Taiwan")));
    }
}
