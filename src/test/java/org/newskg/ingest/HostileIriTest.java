package org.newskg.ingest;

import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.rdf.IriMinter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Labels and urls taken from articles never make an invalid IRI: every IRI minted from a hostile
 * name, and every source IRI made from a hostile url, is accepted by Jena's IRI checker and parses
 * as N-Triples. (Here rather than in rdf/ because the hostile strings come from ingest.)
 */
class HostileIriTest {
    static final List<String> HOSTILE = List.of("a>b", "\"quoted\"", "new\nline", "tab\there", "{x}", "|^`\\", "#frag", "?q=1&b=2",
            "x\" } ; DROP ALL ; #", "\"} UNION { ?s ?p ?o }", "<script>alert(1)</script>", "a b  c", "\u202Eevil\u202C",
            "zero\u200Bwidth\u200D", "nul\u0000byte", "lone \uD800 high", "lone \uDC00 low", "emoji \uD83D\uDE00 face", "北京",
            "القاهرة", "שלום", "Zu\u0308rich", "Z\u00fcrich", "%41%zz%", "http://evil.example/x", "../../etc/passwd", "line\u2028sep",
            "next\u0085line", "", " ", "...", "The", "\uFFFE\uFFFF", "ﬁ ligature", "𝐁𝐨𝐥𝐝 math", "x".repeat(10_000),
            "𠀀".repeat(100), "a-".repeat(500), "U.S.", "Kim Jong-un's");

    @Test
    void everyMintedEntityIriIsValid() {
        for (String name : HOSTILE) {
            for (EntityType t : EntityType.values()) {
                String iri = IriMinter.entity(t, name);
                assertValid(iri);
                assertTrue(iri.matches("https://w3id\\.org/newskg/entity/[a-z]+/[A-Za-z0-9%-]+"), iri);
                assertEquals(iri, IriMinter.entity(new Entity("e1", t, name)), "both minting paths agree");
            }
        }
        assertEquals(IriMinter.entity(EntityType.LOCATION, "Z\u00fcrich"), IriMinter.entity(EntityType.LOCATION, "Zu\u0308rich"),
                "NFC and NFD spellings give one node");
        assertNotEquals(IriMinter.entity(EntityType.PERSON, "x".repeat(10_000)), IriMinter.entity(EntityType.PERSON, "x".repeat(9_999)),
                "long names stay apart");
    }

    @Test
    void randomNamesMintValidIris() {
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String name = randomString(r, r.nextInt(120));
            assertValid(IriMinter.entity(EntityType.values()[i % 4], name));
            assertValid(IriMinter.article(name));
        }
    }

    @Test
    void articleIrisFromHostileKeys() {
        for (String key : HOSTILE) {
            String iri = IriMinter.article(key);
            assertValid(iri);
            assertTrue(iri.matches("https://w3id\\.org/newskg/article/[0-9a-f]{20}"), iri);
        }
    }

    @Test
    void sourceIrisFromHostileUrls() {
        List<String> urls = new ArrayList<>(List.of("http://example.com/a b", "http://example.com/\"><script>", "https://example.com/{x}|^`\\",
                "http://user:pass@example.com/x", "https://例え.jp/パス?q=値#frag#frag2", "http://example.com/%zz%4", "HTTP://EXAMPLE.COM/",
                "http://[::1]:8080/x", "http://example.com:99999/", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
                "http://", "http:///x", "http://exa mple.com/", "http://example.com/\u0000\u202E\n", "https://example.com/" + "a".repeat(3000),
                "  https://example.com/trim  ", "http://-bad-.com/", "http://example.com/\uD800"));
        for (String h : HOSTILE) {
            urls.add("https://example.com/" + h);
        }
        int accepted = 0;
        for (String u : urls) {
            String s = SourceIris.web(u);
            if (s != null) {
                accepted++;
                assertValid(s);
                assertTrue(s.startsWith("http://") || s.startsWith("https://"), s);
                assertFalse(s.contains("@"), "credentials are dropped: " + s);
            }
        }
        assertTrue(accepted > HOSTILE.size(), "most urls are kept, encoded: " + accepted);
        assertEquals("http://example.com/a%20b", SourceIris.web("http://example.com/a b"));
        assertEquals("https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9?q=%E5%80%A4#frag%23frag2", SourceIris.web("https://例え.jp/パス?q=値#frag#frag2"));
        assertEquals(null, SourceIris.web("javascript:alert(1)"));
        assertEquals(null, SourceIris.web("file:///etc/passwd"));
    }

    /** Accepted by IRIx (with a scheme) with no violation, by IRIs.check, and as the subject of an N-Triples statement. */
    static void assertValid(String iri) {
        IRIx x = IRIx.create(iri);
        assertTrue(x.isReference() && iri.matches("(?s)[a-z][a-z0-9+.-]*:.+"), iri); // absolute apart from a fragment
        assertFalse(x.hasViolations(), iri);
        assertTrue(IRIs.check(iri), iri);
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("<" + iri + "> <http://example.org/p> \"x\" .", Lang.NTRIPLES).parse(g);
        assertEquals(1, g.size());
    }

    static String randomString(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(5)) {
                case 0 -> sb.append((char) r.nextInt(0x80));
                case 1 -> sb.append((char) r.nextInt(0x10000));
                case 2 -> sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
                case 3 -> sb.append("<>\"{}|\\^` #%?/:@\n\u202E\u200B".charAt(r.nextInt(19)));
                default -> sb.append((char) ('a' + r.nextInt(26)));
            }
        }
        return sb.toString();
    }
}
