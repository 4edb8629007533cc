package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved news pages: body, title, date, authors and canonical url, with the boilerplate left out. */
class HtmlArticleReaderTest {
    /** Strings planted in the fixtures' navigation, ads, captions, related lists, scripts, comments and footers. */
    private static final List<String> JUNK = List.of("NavAd", "ADVERTISEMENT", "InlineAd", "CaptionText", "RelatedHeadline",
            "ReadMoreLink", "ShareText", "CommentText", "FooterText", "SCRIPTTEXT", "STYLETEXT", "PopularLink", "TeaserLink",
            "NewsletterText", "BannerText", "Business Opinion");

    private static Article read(String fixture) {
        return new TestInputs().read(TestInputs.resource("pages/" + fixture)).only();
    }

    private static void assertClean(Article a) {
        for (String junk : JUNK) {
            assertFalse(a.text().contains(junk), () -> "'" + junk + "' leaked into the body of " + a.inputName());
        }
    }

    @Test
    void jsonLdGraphGivesMetadataAndArticleGivesBody() {
        Article a = read("jsonld-graph.html");
        assertTrue(a.title().startsWith("Trump said China was caught"), a.title());
        assertEquals("2017-12-29T08:14:00-05:00", a.published());
        assertEquals(List.of("Emily Rauhala", "Adam Taylor"), a.authors());
        assertEquals("https://www.example-post.com/world/2017/12/29/china-oil-north-korea", a.source());
        assertTrue(a.text().startsWith("The Lighthouse Winmore, a Hong Kong-flagged ship"), a.text());
        assertTrue(a.text().contains("Hua Chunying"));
        assertClean(a);
    }

    @Test
    void itempropArticleBodyAndOpenGraph() {
        Article a = read("itemprop-body.html");
        assertEquals("Obama says he and Trump had 'excellent conversation'", a.title());
        assertEquals("2016-11-10T16:37:00Z", a.published());
        assertEquals(List.of("Gregory Korte"), a.authors());
        assertEquals("http://www.example-today.com/story/news/politics/2016/11/10/obama-trump/93581810/", a.source());
        assertTrue(a.text().contains("peaceful transition of power"));
        assertClean(a);
    }

    @Test
    void textDensityFindsTheBodyWithoutMarkup() {
        Article a = read("density-only.html");
        assertEquals("Donald Trump and Barack Obama meet at White House", a.title());
        assertEquals("2016-11-10", a.published());
        assertTrue(a.text().contains("great honour"));
        assertTrue(a.text().contains("inner circle have been mentioned"), "the last paragraph is kept");
        assertClean(a);
        assertTrue(a.source().startsWith("file:"), "no canonical url: the file is the source");
    }

    @Test
    void declaredWindows1252() {
        Article a = read("windows-1252.html");
        assertTrue(a.title().startsWith("\u2018Caught RED HANDED!\u2019"), a.title());
        assertTrue(a.text().contains("\u201cCaught RED HANDED"), "curly quotes decoded from 0x93");
        assertFalse(a.text().contains("\uFFFD"));
    }

    @Test
    void utf16WithBom() {
        Article a = read("utf16le-bom.html");
        assertTrue(a.title().startsWith("'I BLAME COMEY'"), a.title());
        assertTrue(a.text().startsWith("Clinton criticised Comey"));
    }

    @Test
    void hiddenTextScriptsTemplatesAndCommentsAreNotBody() {
        Article a = read("hidden-traps.html");
        for (String s : List.of("HiddenText", "HiddenAttrText", "TemplateText", "NoscriptText", "CommentNodeText",
                "ScriptParaText", "AriaHiddenText", "TextareaText", "SecondTitle", "ignore all previous")) {
            assertFalse(a.text().contains(s), s);
        }
        assertTrue(a.text().contains("The meeting at the White House"));
        assertTrue(a.text().contains("Bad references:"), "invalid character references do not break the page");
        assertFalse(a.text().contains("\u0000"));
    }

    @Test
    void charsetOrderBomThenDeclaredThenDetectorThenUtf8() {
        String text = "Caf\u00e9 \u201cquotes\u201d na\u00efve";
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // declared UTF-8 but really Windows-1252: the bytes are not UTF-8, so the detector decides
        assertEquals(text, CharsetSniffer.decode(html("utf-8", cp1252), null).text().replaceAll("(?s).*<p>|</p>.*", ""));
        // declared Latin-1 over UTF-8 bytes: the common mislabel, read as UTF-8
        assertEquals(text, CharsetSniffer.decode(html("iso-8859-1", utf8), null).text().replaceAll("(?s).*<p>|</p>.*", ""));
        // the HTTP header wins over the page's own declaration
        assertEquals("windows-1252", CharsetSniffer.decode(html("utf-8", cp1252), "text/html; charset=windows-1252").charset().name());
        // an unknown label is ignored, not an error
        assertEquals(text, CharsetSniffer.decode(html("x-no-such-charset", utf8), null).text().replaceAll("(?s).*<p>|</p>.*", ""));
        // a BOM beats everything
        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, html("windows-1252", utf8));
        assertEquals("BOM", CharsetSniffer.decode(bom, "text/html; charset=windows-1252").how());
    }

    @Test
    void oversizedPageIsTruncatedWithAWarning(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.html");
        StringBuilder sb = new StringBuilder("<html><head><title>Big page</title></head><body><article>");
        String para = "<p>The council met on Tuesday, and members said the budget would be debated again next week.</p>\n";
        while (sb.length() < Limits.MAX_HTML_BYTES + (1 << 20)) {
            sb.append(para);
        }
        Files.writeString(big, sb.append("</article></body></html>"));
        TestInputs in = new TestInputs().read(big.toString());
        assertEquals(1, in.warnings.size(), in.warnings.toString());
        assertTrue(in.warnings.get(0).contains("truncated"), in.warnings.get(0));
        assertTrue(in.warnings.get(0).startsWith(big.toString()), "the warning names the input");
        // the text read is far over the article limit: refused with a one-line reason, not a crash
        assertEquals(1, in.errors().size());
        assertTrue(in.errors().get(0).contains("exceeds the limit"), in.errors().get(0));
    }

    @Test
    void canonicalUrlOnlyFromTheSameSite() {
        assertTrue(HtmlArticleReader.sameSite("https://www.bbc.co.uk/news/1", "https://bbc.co.uk/x"));
        assertTrue(HtmlArticleReader.sameSite("https://news.example.com/a", "http://www.example.com/b"));
        assertFalse(HtmlArticleReader.sameSite("https://victim.example.org/a", "https://attacker.example.net/b"));
        assertTrue(HtmlArticleReader.sameSite("https://any.example.org/a", "file:///tmp/saved.html"));
    }

    @Test
    void pageWithoutTextIsAOneLineError(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("empty-body.html");
        Files.writeString(p, "<html><head><title>Nothing</title></head><body><nav><a href=/>Home</a></nav></body></html>");
        TestInputs in = new TestInputs().read(p.toString());
        assertEquals(List.of(p + ": no article text found in the page"), in.errors());
        assertNull(in.results.get(0).article());
    }

    private static byte[] html(String charset, byte[] body) {
        return concat(("<html><head><meta charset=\"" + charset + "\"></head><body><p>").getBytes(StandardCharsets.US_ASCII),
                concat(body, "</p></body></html>".getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
