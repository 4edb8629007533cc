package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    static final String HEADER = "qid\tkind\tlabel\taliases\tcountry_qid\tcountry_code\tgeonames_id\tlat\tlon"
            + "\tpopulation\tsource\n";

    static Gazetteer gaz;

    @BeforeAll
    static void load() {
        gaz = Gazetteer.loadDefault();
    }

    private static List<String> qids(List<GazetteerEntry> l) {
        return l.stream().map(GazetteerEntry::qid).toList();
    }

    @Test
    void normalizeFoldsCaseDotsApostrophesDiacriticsAndLeadingThe() {
        assertEquals("us", Gazetteer.normalize("U.S."));
        assertEquals("us", Gazetteer.normalize("US"));
        assertEquals("cote d'ivoire", Gazetteer.normalize("Côte d\u2019Ivoire"));
        assertEquals("hague", Gazetteer.normalize("The Hague"));
        assertEquals("hague", Gazetteer.normalize("  the   HAGUE "));
        assertEquals("kim jong un", Gazetteer.normalize("Kim Jong-un"));
        assertEquals("sao paulo", Gazetteer.normalize("São Paulo"));
        assertEquals("strasse", Gazetteer.normalize("Straße"));
        assertEquals("istanbul", Gazetteer.normalize("İstanbul"));
        assertEquals("un", Gazetteer.normalize("ＵＮ")); // fullwidth, NFKC
        assertEquals("the", Gazetteer.normalize("The")); // "the" alone is kept
        assertEquals("", Gazetteer.normalize(null));
    }

    @Test
    void fastPathAgreesWithFullUnicodePipeline() {
        for (String s : List.of("São Paulo", "Straße", "İstanbul", "Łódź", "Dĳon", "Ærø", "Øresund",
                "Côte d\u2019Ivoire", "N\u00A0Djamena", "ǅemal", "Þingvellir", "Chișinău", "Kyïv", "x\u00B4y")) {
            assertEquals(Gazetteer.normalizeSlow(s), Gazetteer.normalize(s), s);
        }
        for (char c = 0; c < 0x250; c++) {
            String s = "a" + c + "b";
            assertEquals(Gazetteer.normalizeSlow(s), Gazetteer.normalize(s), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void defaultGazetteerIsLargeAndIndexed() {
        assertTrue(gaz.size() > 15_000, "entries: " + gaz.size());
        assertTrue(gaz.nameCount() > 50_000, "names: " + gaz.nameCount());
    }

    @Test
    void countriesByAcronymAndDottedAbbreviation() {
        assertEquals("Q423", gaz.lookup("DPRK").get(0).qid());
        assertEquals(EntityKind.COUNTRY, gaz.lookup("DPRK").get(0).kind());
        assertEquals("Q423", gaz.lookup("North Korea").get(0).qid());
        assertEquals("Q30", gaz.lookup("U.S.").get(0).qid());
        assertEquals("Q30", gaz.lookup("US").get(0).qid());
        assertEquals("Q30", gaz.lookup("the United States").get(0).qid());
        assertEquals("Q145", gaz.lookup("U.K.").get(0).qid());
        assertEquals("Q884", gaz.lookup("South Korea").get(0).qid());
        GazetteerEntry us = gaz.byQid("Q30").orElseThrow();
        assertEquals("US", us.countryCode());
        assertEquals("United States", us.label());
    }

    @Test
    void denmarkAndNetherlandsAreTheConstituentCountries() {
        assertEquals("Q35", gaz.lookup("Denmark").get(0).qid());
        assertEquals("Q55", gaz.lookup("the Netherlands").get(0).qid());
        assertEquals("Q55", gaz.lookup("Holland").get(0).qid());
        assertEquals("Q756617", gaz.lookup("Kingdom of Denmark").get(0).qid());
    }

    @Test
    void kremlinAndOtherOrganisations() {
        List<GazetteerEntry> k = gaz.lookup("Kremlin");
        assertFalse(k.isEmpty());
        assertEquals(EntityKind.ORGANIZATION, k.get(0).kind());
        assertEquals("Q159", k.get(0).countryQid());
        assertEquals("Q11209", gaz.lookup("Pentagon").get(0).qid());
        assertEquals("Q789915", gaz.lookup("State Department").get(0).qid());
        assertEquals("Q37470", gaz.lookup("U.N. Security Council").get(0).qid());
        assertEquals("Q1065", gaz.lookup("U.N.").get(0).qid());
        assertEquals("Q1065", gaz.lookup("UN").get(0).qid());
        assertEquals("Q7184", gaz.lookup("NATO").get(0).qid());
        assertEquals("Q458", gaz.lookup("E.U.").get(0).qid());
        assertEquals("Q35525", gaz.lookup("White House").get(0).qid());
    }

    @Test
    void pyongyangHasCountryAndGeonames() {
        GazetteerEntry p = gaz.lookup("Pyongyang").get(0);
        assertEquals("Q18808", p.qid());
        assertEquals("Q423", p.countryQid());
        assertEquals("KP", p.countryCode());
        assertEquals(1871859L, p.geonamesId());
        assertTrue(p.population() > 1_000_000);
        assertEquals(39.0, p.lat(), 0.5);
        assertEquals(125.7, p.lon(), 0.5);
        assertTrue(p.source().contains("curated") && p.source().contains("geonames"), p.source());
        // the GeoNames alternate names were merged into the curated entry
        assertEquals("Q18808", gaz.lookup("P'yŏngyang").get(0).qid());
        assertEquals(Optional.of(p), gaz.byQid("Q18808"));
        assertEquals(Optional.of(p), gaz.byQid("http://www.wikidata.org/entity/Q18808"));
    }

    @Test
    void peopleWithShortAliases() {
        assertEquals("Q7747", gaz.lookup("Putin").get(0).qid());
        assertEquals("Q7747", gaz.lookup("Vladimir Putin").get(0).qid());
        assertEquals("Q56226", gaz.lookup("Kim Jong-un").get(0).qid());
        assertEquals("Q56226", gaz.lookup("Kim Jong Un").get(0).qid());
        assertEquals(EntityKind.PERSON, gaz.lookup("Xi").get(0).kind());
        assertEquals("Q15031", gaz.lookup("Xi").get(0).qid());
        assertEquals("Q3874799", gaz.lookup("Zelensky").get(0).qid());
    }

    @Test
    void regions() {
        GazetteerEntry k = gaz.lookup("Kursk region").get(0);
        assertEquals("Kursk Oblast", k.label());
        assertEquals(EntityKind.LOCATION, k.kind());
        assertEquals("Q159", k.countryQid());
        assertTrue(qids(gaz.lookup("Kursk")).contains(null), "Kursk the city (GeoNames only) is a candidate");
        assertEquals("Q7835", gaz.lookup("Crimea").get(0).qid());
        assertEquals("Q7204", gaz.lookup("Middle East").get(0).qid());
        assertEquals("Q46", gaz.lookup("Europe").get(0).qid());
        assertEquals("Q39760", gaz.lookup("Gaza Strip").get(0).qid());
    }

    @Test
    void ambiguousNamesReturnAllCandidatesLargestFirst() {
        List<GazetteerEntry> paris = gaz.lookup("Paris");
        assertTrue(paris.size() >= 2, paris.toString());
        assertEquals("Q90", paris.get(0).qid());
        List<GazetteerEntry> georgia = gaz.lookup("Georgia");
        assertTrue(qids(georgia).contains("Q230"), "the country");
        assertTrue(qids(georgia).contains("Q1428"), "the US state");
        assertTrue(gaz.lookup("no such place anywhere").isEmpty());
    }

    @Test
    void demonyms() {
        assertEquals(List.of("Q159"), qids(gaz.lookupDemonym("Russian")));
        assertEquals(List.of("Q212"), qids(gaz.lookupDemonym("ukrainian")));
        assertTrue(gaz.lookupDemonym("Martian").isEmpty());
    }

    @Test
    void userFileOverridesAndAdds(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("my.tsv");
        Files.writeString(user, HEADER
                + "# a comment line\n"
                + "Q18808\tLOCATION\tPyongyang City\tRyugyong\t\t\t\t\t\t\tmine\n"
                + "Q999999999\tORGANIZATION\tAcme Widgets\tAcme|ACME Corp.\tQ30\tUS\t\t\t\t\t\n"
                + "\tPERSON\tJane Roe\tRoe\t\tGB\t\t\t\t\t\n", StandardCharsets.UTF_8);
        Gazetteer g = Gazetteer.load(List.of(user), true);
        assertEquals(gaz.size() + 2, g.size());

        GazetteerEntry p = g.byQid("Q18808").orElseThrow();
        assertEquals("Pyongyang City", p.label(), "user label wins");
        assertTrue(p.aliases().contains("Pyongyang"), "default label kept as alias");
        assertEquals("Q423", p.countryQid(), "missing fields come from the default");
        assertEquals("Q18808", g.lookup("Ryugyong").get(0).qid());
        assertTrue(p.source().startsWith("mine"), p.source());

        GazetteerEntry acme = g.lookup("acme corp").get(0);
        assertEquals("Q999999999", acme.qid());
        assertEquals(EntityKind.ORGANIZATION, acme.kind());
        assertEquals("user", acme.source());

        GazetteerEntry roe = g.lookup("Roe").get(0);
        assertEquals(null, roe.qid());
        assertEquals("Q145", roe.countryQid(), "country QID filled in from the code");

        // without the default only the user file is there
        Gazetteer only = Gazetteer.load(List.of(user), false);
        assertEquals(3, only.size());
        assertTrue(only.lookup("Pyongyang").isEmpty());
    }

    @Test
    void userFileMayUseTheReferenceColumnNames(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("ref-style.tsv");
        Files.writeString(user, "qid\ttype\tlabel\taliases\tcountry\tpopulation\tgeonames_id\tlat\tlon\tsources\tnote\n"
                + "Q1\tCITY\tSomewhere\tSw\tKP\t12\t42\t1.5\t2.5\tx\tanything\n"
                + "Q2\tINTERNATIONAL_ORGANIZATION\tSome Org\t\t\t\t\t\t\ty\t\n", StandardCharsets.UTF_8);
        Gazetteer g = Gazetteer.load(List.of(user), false);
        GazetteerEntry e = g.lookup("sw").get(0);
        assertEquals(EntityKind.LOCATION, e.kind());
        assertEquals("KP", e.countryCode());
        assertEquals(42L, e.geonamesId());
        assertEquals(12L, e.population());
        assertEquals(EntityKind.ORGANIZATION, g.byQid("Q2").orElseThrow().kind());
    }

    @Test
    void malformedUserFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, HEADER + "Q1\tLOCATION\tA\n" + "X5\tLOCATION\tB\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(List.of(bad), false));
        assertTrue(e.getMessage().contains("bad.tsv:3"), e.getMessage());
        Path noHeader = dir.resolve("nohdr.tsv");
        Files.writeString(noHeader, "Q1\tLOCATION\tA\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(List.of(noHeader), false));
    }

    @Test
    void loadsFastEnough() {
        // cold load of the whole default gazetteer; the target is < 1 s on the 2-core CI machine
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load(List.of(), true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("Gazetteer: %d entries, %d names, loaded in %d ms, ~%d MB heap retained%n",
                g.size(), g.nameCount(), ms, (after - before) / (1024 * 1024));
        assertEquals(gaz.size(), g.size());
        assertTrue(ms < 5_000, "loading took " + ms + " ms");
    }
}
