package org.newskg.link.online;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.EntityType;
import org.newskg.link.online.WikidataLinker.Outcome;
import org.newskg.link.online.WikidataLinker.Result;
import org.newskg.link.online.WikidataLinker.Target;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Online linking against recorded Wikidata answers replayed from 127.0.0.1; nothing here touches the network. */
class WikidataLinkerTest {
    private final WikidataFixtures server = new WikidataFixtures();
    private final List<String> warnings = new ArrayList<>();

    @TempDir
    Path cache;

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataApi api(WikidataApi.Config config) {
        return new WikidataApi(config, warnings::add);
    }

    private WikidataApi.Config config(Path cacheDir) {
        return WikidataApi.Config.defaults(URI.create(server.endpoint()), cacheDir).withRate(100).withContact("ops@example.org");
    }

    private static Target target(EntityType type, String label) {
        return new Target("https://w3id.org/newskg/entity/" + type.name().toLowerCase() + "/x", type, label, List.of());
    }

    @Test
    void aPersonIsFoundAndLinked() {
        Result r = new WikidataLinker(api(config(cache))).link(target(EntityType.PERSON, "Lena Marsh"));
        assertEquals(Outcome.LINKED, r.outcome(), r.reason());
        assertEquals("Q99000001", r.found().qid());
        assertEquals("Lena Marsh", r.found().label());
        assertEquals("Lena Marsh", r.found().enwikiTitle());
        assertEquals(0.8, r.found().score());
        assertEquals(WikidataLinker.METHOD, r.found().method());
        // the search, then wbgetentities for the exact-label result only ("Lena Marshall" is not asked about)
        assertEquals(2, server.requests());
        assertEquals("Q99000001", server.seen.get(1).params().get("ids"));
        assertEquals("labels|descriptions|aliases|claims|sitelinks", server.seen.get(1).params().get("props"),
                "P31 and labels come with the entities");
        for (WikidataFixtures.Seen s : server.seen) {
            assertTrue(s.userAgent().startsWith("newskg/") && s.userAgent().contains("ops@example.org"), s.userAgent());
            assertEquals("gzip", s.acceptEncoding());
            assertEquals("json", s.params().get("format"));
        }
    }

    @Test
    void anAmbiguousNameIsLeftUnlinked() {
        Result r = new WikidataLinker(api(config(cache))).link(target(EntityType.PERSON, "John Harlow"));
        assertEquals(Outcome.AMBIGUOUS, r.outcome(), r.reason());
        assertNull(r.found());
        assertTrue(r.reason().contains("Q99000003") && r.reason().contains("Q99000004"), r.reason());
        assertEquals("Q99000003|Q99000004", server.seen.get(1).params().get("ids"), "John Harlow Jr. is not an exact match");
    }

    @Test
    void aTypeMismatchIsRefused() {
        WikidataLinker linker = new WikidataLinker(api(config(cache)));
        // NER took a harbour for a person: the only exact match is not human
        Result asPerson = linker.link(target(EntityType.PERSON, "Port Vell"));
        assertEquals(Outcome.TYPE_MISMATCH, asPerson.outcome(), asPerson.reason());
        assertNull(asPerson.found());
        // the same item as a place is fine
        Result asPlace = linker.link(target(EntityType.LOCATION, "Port Vell"));
        assertEquals(Outcome.LINKED, asPlace.outcome(), asPlace.reason());
        assertEquals("Q99000010", asPlace.found().qid());
        // a town is not an organisation, a company not a person
        assertEquals(Outcome.TYPE_MISMATCH, linker.link(target(EntityType.ORGANIZATION, "Kessaria")).outcome());
        assertEquals(Outcome.TYPE_MISMATCH, linker.link(target(EntityType.PERSON, "Northwind Logistics")).outcome());
    }

    @Test
    void placesFitByClassAndOrganisationsByDescription() {
        WikidataLinker linker = new WikidataLinker(api(config(cache)));
        Result town = linker.link(target(EntityType.LOCATION, "Kessaria"));
        assertEquals(Outcome.LINKED, town.outcome(), town.reason());
        assertEquals("Q99000020", town.found().qid());
        assertEquals(0.8, town.found().score(), "P31 town (Q3957) is a place class");
        assertNull(town.found().enwikiTitle());
        Result company = linker.link(target(EntityType.ORGANIZATION, "Northwind Logistics"));
        assertEquals(Outcome.LINKED, company.outcome(), company.reason());
        assertEquals(0.7, company.found().score(), "an unlisted class: only the description (\"logistics company …\") fits");
    }

    @Test
    void aNameWithNoExactMatchStaysUnlinkedAfterOneRequest() {
        Result r = new WikidataLinker(api(config(cache))).link(target(EntityType.PERSON, "Zorvath Quill"));
        assertEquals(Outcome.NO_MATCH, r.outcome());
        assertEquals(1, server.requests());
    }

    @Test
    void aSecondRunIsAnsweredFromTheCache() {
        WikidataApi first = api(config(cache));
        assertEquals(Outcome.LINKED, new WikidataLinker(first).link(target(EntityType.PERSON, "Lena Marsh")).outcome());
        assertEquals(Outcome.AMBIGUOUS, new WikidataLinker(first).link(target(EntityType.PERSON, "John Harlow")).outcome());
        int asked = server.requests();
        assertEquals(4, asked);

        WikidataApi second = api(config(cache));
        Result again = new WikidataLinker(second).link(target(EntityType.PERSON, "Lena Marsh"));
        assertEquals(Outcome.LINKED, again.outcome());
        assertEquals("Q99000001", again.found().qid());
        assertEquals(Outcome.AMBIGUOUS, new WikidataLinker(second).link(target(EntityType.PERSON, "John Harlow")).outcome());
        assertEquals(asked, server.requests(), "the server sees no second request");
        assertEquals(0, second.requests());
        assertEquals(4, second.cacheHits());
    }

    @Test
    void theRateLimitIsHonoured() {
        // five requests a second, no cache: six searches need at least five intervals of 200 ms
        WikidataApi api = api(config(null).withRate(5));
        WikidataLinker linker = new WikidataLinker(api);
        long t0 = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            assertEquals(Outcome.NO_MATCH, linker.link(target(EntityType.PERSON, "Zorvath Quill")).outcome());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(6, server.requests());
        assertEquals(6, api.requests());
        assertTrue(seconds >= 0.9, "6 requests at 5/s took only " + seconds + " s");
        assertTrue(seconds < 30, "took " + seconds + " s");
        for (int i = 1; i < server.seen.size(); i++) {
            long gap = server.seen.get(i).nanos() - server.seen.get(i - 1).nanos();
            assertTrue(gap >= 150_000_000L, "requests " + (i - 1) + " and " + i + " were " + gap / 1e6 + " ms apart");
        }
    }

    @Test
    void retryAfterIsHonouredOn429() {
        AtomicBoolean refused = new AtomicBoolean();
        server.override = p -> refused.compareAndSet(false, true)
                ? new WikidataFixtures.Reply(429, Map.of("Retry-After", "1"), "Too many requests".getBytes())
                : null;
        Result r = new WikidataLinker(api(config(cache))).link(target(EntityType.PERSON, "Lena Marsh"));
        assertEquals(Outcome.LINKED, r.outcome(), r.reason());
        assertEquals(3, server.requests(), "429, then the search again, then the entities");
        long gap = server.seen.get(1).nanos() - server.seen.get(0).nanos();
        assertTrue(gap >= 900_000_000L, "retried after " + gap / 1e6 + " ms, not after the second asked for");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("429")), warnings.toString());
    }

    @Test
    void aServerAskingForTooLongAPauseFailsTheLookUp() {
        server.override = p -> new WikidataFixtures.Reply(429, Map.of("Retry-After", "3600"), new byte[0]);
        Result r = new WikidataLinker(api(config(cache))).link(target(EntityType.PERSON, "Lena Marsh"));
        assertEquals(Outcome.FAILED, r.outcome());
        assertTrue(r.reason().contains("3600"), r.reason());
        assertEquals(1, server.requests());
    }

    @Test
    void anAnswerOverTheByteCapFailsAndIsNotCached() {
        byte[] big = ("{\"search\":[" + "{\"id\":\"Q1\",\"label\":\"x\"},".repeat(20_000) + "{}]}").getBytes();
        server.override = p -> new WikidataFixtures.Reply(200, Map.of("Content-Type", "application/json"), big);
        WikidataApi api = api(config(cache).withMaxBytes(64 * 1024).withDeadline(Duration.ofSeconds(10)));
        Result r = new WikidataLinker(api).link(target(EntityType.PERSON, "Lena Marsh"));
        assertEquals(Outcome.FAILED, r.outcome());
        assertTrue(r.reason().contains("larger than"), r.reason());
        server.override = p -> null;
        assertEquals(Outcome.LINKED, new WikidataLinker(api).link(target(EntityType.PERSON, "Lena Marsh")).outcome(),
                "the refused answer was not kept");
    }

    @Test
    void anApiErrorFailsTheLookUpAndIsNotCached() {
        server.override = p -> WikidataFixtures.json(200, "{\"error\":{\"code\":\"internal_api_error\",\"info\":\"boom\"}}");
        assertEquals(Outcome.FAILED, new WikidataLinker(api(config(cache))).link(target(EntityType.PERSON, "Lena Marsh")).outcome());
        server.override = p -> null;
        assertEquals(Outcome.LINKED, new WikidataLinker(api(config(cache))).link(target(EntityType.PERSON, "Lena Marsh")).outcome());
    }

    @Test
    void anUnreachableEndpointFails() {
        int port = URI.create(server.endpoint()).getPort();
        server.close();
        WikidataApi api = api(WikidataApi.Config.defaults(URI.create("http://127.0.0.1:" + port + "/w/api.php"), null).withRate(100));
        Result r = new WikidataLinker(api).link(target(EntityType.PERSON, "Lena Marsh"));
        assertEquals(Outcome.FAILED, r.outcome());
    }

    @Test
    void theTypeRuleReadsTheHeadOfADescription() {
        assertEquals("company", TypeRule.head("company based in the city of lagos"));
        assertEquals(TypeRule.Fit.NONE, TypeRule.fit(EntityType.LOCATION, List.of(), "company based in the city of Lagos"));
        assertEquals(TypeRule.Fit.DESCRIPTION, TypeRule.fit(EntityType.LOCATION, List.of(), "city in Kenya"));
        assertEquals(TypeRule.Fit.NONE, TypeRule.fit(EntityType.PERSON, List.of(), "British diplomat"), "a person needs Q5");
        assertEquals(TypeRule.Fit.NONE, TypeRule.fit(EntityType.LOCATION, List.of("Q5"), "mayor of the city"), "a human is no place");
        assertEquals(TypeRule.Fit.NONE, TypeRule.fit(EntityType.ORGANIZATION, List.of("Q4167410"), "Wikimedia disambiguation page"));
        assertEquals(TypeRule.Fit.CLASS, TypeRule.fit(EntityType.LOCATION, List.of("Q6256"), ""), "a country is a place");
    }

    @Test
    void badSettingsAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WikidataApi.Config.defaults(URI.create("file:///etc/passwd"), null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WikidataApi.Config.defaults(URI.create("https://www.wikidata.org/w/api.php?action=x"), null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> config(null).withRate(0));
        assertEquals(Path.of("/xdg/newskg/wikidata"), WikidataApi.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/xdg")));
        assertTrue(WikidataApi.defaultCacheDir(Map.of()).endsWith(Path.of(".cache", "newskg", "wikidata")));
    }
}
