package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choosing a reader: by extension, through .gz, and by content for stdin; urls checked before any I/O. */
class InputCollectorTest {
    private static final String BODY = "The minister said on Tuesday that talks would resume in Geneva next week.";

    @Test
    void stdinIsSniffed() throws Exception {
        String jsonl = "{\"title\":\"a\",\"text\":\"" + BODY + "\"}\n{\"title\":\"b\",\"text\":\"" + BODY + " Again.\"}\n";
        assertEquals(2, stdin(jsonl.getBytes(StandardCharsets.UTF_8)).articles().size());
        assertEquals(1, stdin(("<!DOCTYPE html><html><body><article><p>" + BODY + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8)).articles().size());
        assertEquals(2, stdin(gzip(jsonl.getBytes(StandardCharsets.UTF_8))).articles().size(), "gzipped stdin");
        assertEquals(List.of("stdin: empty input"), stdin(new byte[0]).errors());
    }

    @Test
    void foldersGzAndUnknownTypes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), BODY);
        Files.write(dir.resolve("b.jsonl.gz"), gzip(("{\"text\":\"" + BODY + "\"}\n").getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("c.html.gz"), gzip(("<html><body><p>" + BODY + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("d.gz"), gzip(("<rss version=\"2.0\"><channel><title>f</title><item><title>t</title><link>https://example.com/1</link>"
                + "<description>" + BODY + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("notes.docx"), "ignored in folders");
        TestInputs in = new TestInputs().read(dir.toString());
        assertEquals(List.of(), in.errors());
        assertEquals(4, in.articles().size());
        assertEquals("https://example.com/1", in.articles().get(3).source(), "a bare .gz is sniffed: here a feed");
    }

    @Test
    void urlArgumentsAreCheckedFirst() {
        TestInputs in = new TestInputs().read("file:///etc/passwd", "ftp://x/y", "http://a:b@example.com/", "javascript:alert(1)");
        assertEquals(4, in.errors().size(), in.errors().toString());
        assertTrue(in.errors().get(0).startsWith("file:///etc/passwd: only http and https"), in.errors().get(0));
        assertTrue(in.errors().get(3).startsWith("javascript:alert(1): "), in.errors().get(3));
    }

    @Test
    void jsonLdContextIsNeverFetched(@TempDir Path dir) throws Exception {
        try (Tripwire trip = new Tripwire()) {
            Path page = dir.resolve("ctx.html");
            Files.writeString(page, "<html><head><base href=\"" + trip.url("/base/") + "\"><link rel=canonical href=\"javascript:alert(1)\">"
                    + "<script type=\"application/ld+json\">{\"@context\":\"" + trip.url("/ctx") + "\",\"@type\":\"NewsArticle\","
                    + "\"headline\":\"From JSON-LD\",\"datePublished\":\"2024-06-19\",\"author\":{\"@id\":\"" + trip.url("/p") + "\",\"name\":\"A Writer\"}}"
                    + "</script></head><body><article><p>" + BODY + "</p><img src=\"" + trip.url("/img") + "\"></article></body></html>");
            Article a = new TestInputs().read(page.toString()).only();
            assertEquals("From JSON-LD", a.title());
            assertEquals("2024-06-19", a.published());
            assertEquals(List.of("A Writer"), a.authors());
            assertTrue(a.source().startsWith("file:"), "a javascript: canonical is not a source");
            Thread.sleep(100);
            assertEquals(0, trip.hits.get(), "no @context, base, author @id or image was fetched");
        }
    }

    private static TestInputs stdin(byte[] bytes) {
        return new TestInputs(InputCollector.defaultReaders(), null, bytes).read("-");
    }

    private static byte[] gzip(byte[] b) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bos)) {
            g.write(b);
        }
        return bos.toByteArray();
    }
}
