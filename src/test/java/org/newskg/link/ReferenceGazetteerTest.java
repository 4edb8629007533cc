package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks the default gazetteer's QIDs against the shared reference table
 * ({@code shared/gazetteer/reference-wikidata.tsv}, used for checking only: nothing in it is copied
 * into the repository). Entities are compared when both sides have the same exact label in the same
 * type family: person; organisation (ours ORGANIZATION, theirs INTERNATIONAL_ORGANIZATION); country
 * (COUNTRY on both sides); other place (ours LOCATION, theirs CITY or REGION). Two rows of a family
 * with the same label are taken for namesakes, not compared, when both have coordinates more than
 * {@value #NAMESAKE_KM} km apart ("Lima" the capital of Peru and "Lima" in Ohio) or, lacking
 * coordinates, lie in different sovereign countries ("Wales" in the UK and in Alaska). A (family, label) pair disagrees when the two sides have no QID in common; every
 * disagreement must be listed, with the reason ours is kept, in {@code reference-disagreements.tsv}
 * next to this class.
 *
 * <p>The reference is found at {@code <newskg.shared>/gazetteer/reference-wikidata.tsv}, where the
 * system property {@code newskg.shared} defaults to {@code ../shared}; the test is skipped when the
 * file is absent.
 */
class ReferenceGazetteerTest {

    private static final String ALLOWLIST = "reference-disagreements.tsv";
    static final int NAMESAKE_KM = 150;

    /** One reference row: what the namesake check needs. */
    private record Ref(String qid, String country, Double lat, Double lon) { }

    private static Double num(String[] f, int i) {
        if (i >= f.length || f[i].isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(f[i].strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * True when an entry of ours and a reference row with the same label are plainly different
     * places: more than {@value #NAMESAKE_KM} km apart, or (without coordinates on our side) in
     * different sovereign countries; a dependent territory counts as its sovereign's, so the Crozet
     * Islands are compared whether a side says FR or TF.
     */
    private static boolean namesakes(GazetteerEntry e, Ref r, Map<String, String> sovereignOfCode, Gazetteer gaz) {
        if (e.lat() != null && e.lon() != null && r.lat() != null && r.lon() != null) {
            return km(e.lat(), e.lon(), r.lat(), r.lon()) > NAMESAKE_KM;
        }
        if (e.countryQid() == null || r.country() == null || r.country().isEmpty()) {
            return false;
        }
        String ours = gaz.byQid(e.countryQid()).map(GazetteerEntry::countryQid).orElse(e.countryQid());
        String theirs = sovereignOfCode.get(r.country().toUpperCase(java.util.Locale.ROOT));
        return theirs != null && !theirs.equals(ours);
    }

    private static String family(String type) {
        switch (type) {
            case "PERSON":
                return "PERSON";
            case "ORGANIZATION":
            case "INTERNATIONAL_ORGANIZATION":
                return "ORG";
            case "COUNTRY":
                return "COUNTRY";
            case "LOCATION":
            case "CITY":
            case "REGION":
                return "PLACE";
            default:
                return null;
        }
    }

    static Path referenceFile() {
        String shared = System.getProperty("newskg.shared", "../shared");
        return Paths.get(shared, "gazetteer", "reference-wikidata.tsv");
    }

    @Test
    void qidsAgreeWithReferenceOrDisagreementIsExplained() throws IOException {
        Path ref = referenceFile();
        assumeTrue(Files.isRegularFile(ref), "reference table not found: " + ref.toAbsolutePath());

        // reference: (family, label) -> rows
        Map<String, List<Ref>> theirs = new HashMap<>();
        Map<String, String> theirGeonames = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(ref, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            assertTrue(header != null && header.startsWith("qid\ttype\tlabel"), "unexpected header: " + header);
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 3 || f[0].isBlank()) {
                    continue;
                }
                String fam = family(f[1].strip());
                if (fam == null) {
                    continue;
                }
                theirs.computeIfAbsent(fam + "\t" + f[2].strip(), k -> new ArrayList<>())
                        .add(new Ref(f[0].strip(), f.length > 4 ? f[4].strip() : "", num(f, 7), num(f, 8)));
                if (f.length > 6 && !f[6].isBlank()) {
                    theirGeonames.put(f[0].strip(), f[6].strip());
                }
            }
        }

        Gazetteer gaz = Gazetteer.loadDefault();
        Map<String, String> sovereignOfCode = new HashMap<>();
        for (GazetteerEntry e : gaz.entries()) {
            if (e.kind() == EntityKind.COUNTRY && e.countryCode() != null && e.countryQid() != null) {
                sovereignOfCode.putIfAbsent(e.countryCode(), e.countryQid());
            }
        }
        Map<String, List<GazetteerEntry>> ours = new HashMap<>();
        for (GazetteerEntry e : gaz.entries()) {
            if (e.qid() != null) {
                ours.computeIfAbsent(family(e.kind().name()) + "\t" + e.label(), k -> new ArrayList<>()).add(e);
            }
        }

        Map<String, String> allowed = loadAllowlist();
        Set<String> usedAllowances = new HashSet<>();
        int compared = 0;
        int agreed = 0;
        int explained = 0;
        Map<String, String> unexplained = new TreeMap<>();
        int namesakePairs = 0;
        Map<String, int[]> byFamily = new TreeMap<>();
        for (Map.Entry<String, List<GazetteerEntry>> o : ours.entrySet()) {
            List<Ref> refs = theirs.get(o.getKey());
            if (refs == null) {
                continue;
            }
            Set<String> oq = new TreeSet<>();
            Set<String> tq = new TreeSet<>();
            for (GazetteerEntry e : o.getValue()) {
                for (Ref r : refs) {
                    if (e.qid().equals(r.qid()) || !namesakes(e, r, sovereignOfCode, gaz)) {
                        oq.add(e.qid());
                        tq.add(r.qid());
                    }
                }
            }
            if (oq.isEmpty()) {
                namesakePairs++;
                System.out.println("namesakes, not compared: " + o.getKey().replace('\t', ' ') + " ours "
                        + o.getValue().stream().map(GazetteerEntry::qid).toList() + " reference "
                        + refs.stream().map(Ref::qid).toList());
                continue;
            }
            compared++;
            int[] fc = byFamily.computeIfAbsent(o.getKey().substring(0, o.getKey().indexOf('\t')), k -> new int[2]);
            fc[0]++;
            if (!Collections.disjoint(oq, tq)) {
                agreed++;
                fc[1]++;
                continue;
            }
            boolean ok = false;
            for (String a : oq) {
                for (String b : tq) {
                    if (allowed.containsKey(a + "\t" + b)) {
                        usedAllowances.add(a + "\t" + b);
                        ok = true;
                    }
                }
            }
            if (ok) {
                explained++;
            } else {
                unexplained.put(o.getKey().replace('\t', ' '), "ours " + oq + " reference " + tq);
            }
        }

        // informative: GeoNames ids of entities both sides have
        int geoCompared = 0;
        List<String> geoDiffs = new ArrayList<>();
        for (GazetteerEntry e : gaz.entries()) {
            if (e.qid() != null && e.geonamesId() != null && theirGeonames.containsKey(e.qid())) {
                geoCompared++;
                if (!theirGeonames.get(e.qid()).equals(e.geonamesId().toString())) {
                    geoDiffs.add(e.qid() + " " + e.label() + ": ours " + e.geonamesId() + " reference "
                            + theirGeonames.get(e.qid()));
                }
            }
        }

        System.out.printf("Reference comparison: %d (family, label) pairs compared, %d agree, %d disagree"
                        + " (%d explained in %s, %d unexplained); %d label matches skipped as namesakes%n",
                compared, agreed, compared - agreed, explained, ALLOWLIST, unexplained.size(), namesakePairs);
        byFamily.forEach((f, c) -> System.out.printf("  %s: %d compared, %d agree%n", f, c[0], c[1]));
        System.out.printf("GeoNames ids of shared QIDs: %d compared, %d differ%s%n", geoCompared, geoDiffs.size(),
                geoDiffs.isEmpty() ? "" : " " + geoDiffs);
        for (String k : allowed.keySet()) {
            if (!usedAllowances.contains(k)) {
                System.out.println("note: allowlisted disagreement no longer seen: " + k.replace("\t", " vs "));
            }
        }
        unexplained.forEach((k, v) -> System.out.println("DISAGREEMENT " + k + ": " + v));
        assertTrue(compared > 0, "nothing compared: labels or types changed?");
        assertTrue(unexplained.isEmpty(), unexplained.size() + " unexplained QID disagreements with the "
                + "reference; fix ours or explain them in " + ALLOWLIST + ": " + unexplained);
    }

    /** "our qid TAB their qid" -> reason. */
    private static Map<String, String> loadAllowlist() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = ReferenceGazetteerTest.class.getResourceAsStream(ALLOWLIST)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertTrue(f.length >= 4 && !f[3].isBlank(), ALLOWLIST + ":" + n
                        + ": expected: our qid, their qid, name, why we believe ours (tab-separated)");
                out.put(f[0].strip() + "\t" + f[1].strip(), f[3].strip());
            }
        }
        return out;
    }
}
