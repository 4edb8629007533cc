package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.fetch.HttpFetcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RSS and Atom: one article per item, full text from the feed or the fetched page; hostile XML refused. */
class FeedArticleReaderTest {

    @Test
    void rssWithContentEncoded() {
        TestInputs in = new TestInputs().read(TestInputs.resource("feeds/rss-full.xml"));
        assertEquals(List.of(), in.errors());
        List<Article> a = in.articles();
        assertEquals(2, a.size());
        assertEquals("https://www.example-post.com/world/2017/12/29/china-oil-north-korea", a.get(0).source());
        assertEquals("2017-12-29T13:14:00Z", a.get(0).published());
        assertEquals(List.of("Emily Rauhala"), a.get(0).authors());
        assertTrue(a.get(0).text().contains("Hua Chunying"), "full text, not the one-line description");
        assertFalse(a.get(0).text().contains("RelatedHeadline"), "content:encoded goes through the HTML extractor");
        assertEquals(List.of("Jon Sopel"), a.get(1).authors(), "the name from 'email (Name)'");
        assertTrue(in.warnings.isEmpty(), in.warnings.toString());
    }

    @Test
    void atomWithHtmlContent() {
        List<Article> a = new TestInputs().read(TestInputs.resource("feeds/atom-full.atom")).articles();
        assertEquals(2, a.size());
        assertEquals("Obama says he and Trump had 'excellent conversation'", a.get(0).title());
        assertEquals("2016-11-10T16:37:00Z", a.get(0).published());
        assertEquals("2016-11-10T09:00:00Z", a.get(1).published(), "updated when there is no published date");
        assertEquals(List.of("Gregory Korte"), a.get(0).authors());
        assertTrue(a.get(1).text().startsWith("The meeting at the White House"));
    }

    @Test
    void summariesWithoutFetchAreIngestedWithAWarning() {
        TestInputs in = new TestInputs().read(TestInputs.resource("feeds/rss-summaries.xml"));
        assertEquals(4, in.articles().size());
        assertEquals(1, in.warnings.size());
        assertTrue(in.warnings.get(0).contains("give --fetch"), in.warnings.get(0));
        assertEquals(1, in.errors().size());
        assertTrue(in.errors().get(0).endsWith("item 5: item has no text (give --fetch to read its linked page)"), in.errors().get(0));
    }

    @Test
    void withFetchTheLinkedPagesAreReadAtMostNAtOnce() {
        try (LocalServer server = new LocalServer()) {
            server.delayMillis = 100;
            HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Limits.defaults().withAllowLoopback(true).withMaxInFlight(2));
            TestInputs in = new TestInputs(InputCollector.defaultReaders(fetcher, 2), fetcher)
                    .read(server.base() + "/feeds/rss-summaries.xml");
            List<Article> a = in.articles();
            assertEquals(4, a.size(), in.errors().toString());
            // the page claims a canonical url on another site than the one it was fetched from: not trusted
            assertEquals(server.base() + "/pages/jsonld-graph.html", a.get(0).source());
            assertTrue(a.get(0).text().contains("Hua Chunying"), "the page's text, not the summary");
            assertEquals("2017-12-29T08:14:00-05:00", a.get(0).published(), "the page's own date wins");
            assertTrue(a.get(3).text().startsWith("Summary of a story whose page is gone"), "a 404 falls back to the summary");
            assertEquals(1, in.errors().size());
            assertTrue(in.errors().get(0).contains("item 5: cannot fetch its page http://10.0.0.1/internal.html")
                    && in.errors().get(0).contains("private"), in.errors().get(0));
            assertTrue(server.maxInFlight.get() <= 2, "in flight: " + server.maxInFlight.get());
        }
    }

    @Test
    void xxeBillionLaughsAndRemoteDtdAreRefusedWithoutAnyConnection(@TempDir Path dir) throws Exception {
        try (Tripwire trip = new Tripwire()) {
            String item = "<item><title>t</title><description>&x;</description></item>";
            List<String> hostile = List.of(
                    "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>a</title>" + item + "</channel></rss>",
                    "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + trip.url("/xxe") + "\">]><rss version=\"2.0\"><channel><title>a</title>" + item + "</channel></rss>",
                    "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + trip.url("/remote.dtd") + "\"><rss version=\"2.0\"><channel><title>a</title><item><title>t</title></item></channel></rss>",
                    "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + trip.url("/param") + "\"> %p;]><rss version=\"2.0\"><channel><title>a</title></channel></rss>",
                    billionLaughs(),
                    "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"" + "A".repeat(100_000) + "\">]><rss version=\"2.0\"><channel><title>a</title>"
                            + "<item><title>t</title><description>" + "&x;".repeat(100_000) + "</description></item></channel></rss>",
                    "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>a</title><item><title>t</title>"
                            + "<description><xi:include href=\"" + trip.url("/xinclude") + "\" parse=\"text\"/></description></item></channel></rss>");
            for (int i = 0; i < hostile.size(); i++) {
                Path f = dir.resolve("hostile-" + i + ".xml");
                Files.writeString(f, hostile.get(i));
                long t0 = System.nanoTime();
                TestInputs in = new TestInputs().read(f.toString());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(ms < 5000, f + " took " + ms + " ms");
                for (Article a : in.articles()) {
                    assertFalse(a.text().contains("root:") || a.text().contains("AAAAAAAAAA") || a.text().contains("lol"), a.text());
                }
                if (i < 6) {
                    assertEquals(1, in.errors().size(), f + ": " + in.errors());
                    assertTrue(in.errors().get(0).startsWith(f + ": not a readable RSS or Atom feed")
                            && in.errors().get(0).contains("DOCTYPE"), in.errors().get(0));
                }
            }
            Thread.sleep(200);
            assertEquals(0, trip.hits.get(), "no entity, DTD or XInclude was ever fetched");
        }
    }

    @Test
    void notAFeed(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("really-html.rss");
        Files.copy(Path.of(TestInputs.resource("pages/density-only.html")), html);
        TestInputs in = new TestInputs().read(html.toString());
        assertEquals(1, in.articles().size(), "an .rss file that is an HTML page is read as a page");
        Path json = dir.resolve("really-json.xml");
        Files.writeString(json, "{\"title\": \"x\"}");
        assertEquals(List.of(json + ": not an RSS or Atom feed (the file is not XML)"), new TestInputs().read(json.toString()).errors());
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<rss version=\"2.0\"><channel><title>a</title><item><title>t</tit");
        String e = new TestInputs().read(broken.toString()).errors().get(0);
        assertTrue(e.startsWith(broken + ": not a readable RSS or Atom feed"), e);
        assertFalse(e.contains("\n"));
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]><rss version=\"2.0\"><channel><title>a</title><item><title>t</title><description>&lol9;</description></item></channel></rss>").toString();
    }
}
