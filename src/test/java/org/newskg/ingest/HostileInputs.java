package org.newskg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile and broken inputs, written to a folder, each with how it must end: read correctly
 * (all its articles, no error), read in part (some articles and a one-line error per bad record),
 * or refused with a one-line error naming the input.
 */
final class HostileInputs {
    enum Expect { READ, PARTIAL, REFUSED }

    /** One hostile input: the file, what must happen, and a phrase the error (or first article's text) must contain. */
    record Case(String name, Path file, Expect expect, String phrase) {
    }

    private final Path dir;
    final List<Case> cases = new ArrayList<>();

    HostileInputs(Path dir) {
        this.dir = dir;
    }

    private static final String BODY = "The foreign minister said on Tuesday that the talks would resume next week in Geneva, "
            + "and that both delegations had agreed to a short list of topics.";

    /** The small and medium cases, cheap enough for the fast test tier. */
    HostileInputs small() throws IOException {
        String p = "<p>" + BODY + "</p>";
        add("malformed-html.html", "<html><body><p<p<p<div><<<>>><article>" + p + "<p>unclosed <b><i>" + BODY, Expect.READ, "foreign minister");
        add("unclosed-script.html", "<html><body><article>" + p + "</article><script>" + "var x = '<p>not body</p>';\n".repeat(200_000), Expect.READ, "foreign minister");
        add("unclosed-title.html", "<html><head><title>" + "t".repeat(2_000_000), Expect.REFUSED, "no article text");
        add("nested-divs.html", "<html><body>" + "<div>".repeat(100_000) + p + "</body></html>", Expect.READ, "foreign minister");
        StringBuilder attrs = new StringBuilder("<html><body><article><p ");
        for (int i = 0; i < 40_000; i++) {
            attrs.append("a").append(i).append("=\"v\" ");
        }
        add("many-attributes.html", attrs + "data-x=\"" + "x".repeat(6_000_000) + "\">" + BODY + "</p></article></body></html>", Expect.READ, "foreign minister");
        add("bad-char-refs.html", "<html><body><article><p>" + BODY + " &#0; &#xD800; &#x110000; &#xFFFF;</p></article></body></html>", Expect.READ, "Geneva");
        add("two-meta-charsets.html", "<html><head><meta charset=\"windows-1252\"><meta charset=\"utf-8\"></head><body><article><p>"
                + BODY + "</p></article></body></html>", Expect.READ, "Geneva");
        addBytes("png-named.html", pngBytes(), Expect.REFUSED, "binary data");
        addBytes("png-named.txt", pngBytes(), Expect.REFUSED, "binary data");
        add("truncated.xml", "<rss version=\"2.0\"><channel><title>a</title><item><title>t</tit", Expect.REFUSED, "not a readable RSS or Atom feed");
        add("xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel>"
                + "<title>a</title><item><title>t</title><description>&x;</description></item></channel></rss>", Expect.REFUSED, "DOCTYPE");
        add("json-in-feed.xml", "{\"title\": \"not a feed\"}", Expect.REFUSED, "not XML");
        StringBuilder items = new StringBuilder("<rss version=\"2.0\"><channel><title>many</title>");
        for (int i = 0; i < Limits.MAX_FEED_ITEMS + 500; i++) {
            items.append("<item><title>t").append(i).append("</title><link>https://example.com/").append(i)
                    .append("</link><description>").append(BODY).append("</description><pubDate>Mon, 99 Foo 99999 25:61:00 XYZ</pubDate></item>");
        }
        add("huge-feed.xml", items + "</channel></rss>", Expect.READ, "foreign minister");
        add("nul-bytes.txt", BODY + "\u0000\u0000" + BODY, Expect.REFUSED, "binary data");
        add("nul-in-json.jsonl", "{\"title\":\"a\",\"text\":\"" + BODY + "\\u0000 escaped NUL\"}\n{\"title\":\"b\",\"text\":\"" + BODY + "\u0000raw NUL\"}\n",
                Expect.READ, "escaped NUL");
        addBytes("utf16le-bom.txt", concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, (BODY + " Zürich").getBytes(StandardCharsets.UTF_16LE)), Expect.READ, "Zürich");
        addBytes("utf16be-bom.jsonl", concat(new byte[]{(byte) 0xFE, (byte) 0xFF},
                ("{\"title\":\"t\",\"text\":\"" + BODY + " Zürich\"}\r\n").getBytes(StandardCharsets.UTF_16BE)), Expect.READ, "Zürich");
        addBytes("windows-1252.txt", ("\u201cWe will talk,\u201d she said. " + BODY).getBytes(Charset.forName("windows-1252")), Expect.READ, "\u201cWe will talk");
        addBytes("mixed-encodings.jsonl", concat(("{\"title\":\"a\",\"text\":\"Caf\u00e9 " + BODY + "\"}\n").getBytes(StandardCharsets.UTF_8),
                ("{\"title\":\"b\",\"text\":\"Caf\u00e9 \u201cquoted\u201d " + BODY + "\"}\n").getBytes(Charset.forName("windows-1252"))), Expect.READ, "Café");
        add("rtl-zero-width.txt", "Beirut\u200b \u202eevil\u202c \u200dשלום مرحبا " + BODY, Expect.READ, "Beirut evil שלום مرحبا");
        add("hostile-labels.jsonl", "{\"title\":\"x\\\"> } ; DROP ALL ; #\\n<script>\",\"text\":\"" + BODY + "\",\"url\":\"http://example.com/a b\\\"><{}|\\\\^`\","
                + "\"authors\":[\"Jane \\\"Doe\\\" <jane@x>\",\"\\u202eevil\"]}\n", Expect.READ, "foreign minister");
        add("lone-surrogate.jsonl", "{\"title\":\"\\uD800\",\"text\":\"" + BODY + " \\uDC00 end\"}\n", Expect.READ, "\uFFFD end");
        add("deep-nesting.json", "[".repeat(100_000) + "]".repeat(100_000), Expect.REFUSED, "nesting depth");
        add("huge-number.jsonl", "{\"title\":\"t\",\"text\":\"x\",\"n\":" + "9".repeat(1_000_000) + "}\n{\"title\":\"t\",\"n\":1e999999999,\"text\":\"" + BODY + "\"}\n",
                Expect.PARTIAL, "exceeds the maximum allowed");
        add("duplicate-keys.jsonl", "{\"text\":\"" + BODY + "\",\"text\":\"other\"}\n", Expect.REFUSED, "Duplicate field");
        add("wrong-types.jsonl", "{\"text\":42}\n[1,2]\n\"str\"\n{\"text\":[\"a\"]}\n", Expect.REFUSED, "not a string");
        add("truncated-crlf.jsonl", "{\"title\":\"a\",\"text\":\"" + BODY + "\"}\r\n{\"title\":\"b\",\"text\":\"" + BODY + "\"}\r{\"title\":\"c\",\"te", Expect.PARTIAL, "malformed JSON");
        add("empty.jsonl", "", Expect.REFUSED, "empty");
        add("only-newlines.jsonl", "\n\n\r\n\n", Expect.REFUSED, "no articles");
        add("zero.txt", "", Expect.REFUSED, "empty");
        add("bad-dates.jsonl", "{\"title\":\"a\",\"date\":\"99999-13-45T99:99\",\"text\":\"" + BODY + "\"}\n{\"title\":\"b\",\"date\":\"yesterday-ish\",\"text\":\"" + BODY + "\"}\n",
                Expect.READ, "foreign minister");
        gzip("bomb.jsonl.gz", 2L << 30, Expect.REFUSED, "gzip bomb");
        gzip("bomb.txt.gz", 2L << 30, Expect.REFUSED, "gzip bomb");
        addBytes("article.txt.gz", gz(BODY.getBytes(StandardCharsets.UTF_8)), Expect.READ, "foreign minister");
        addBytes("nested.txt.gz", gz(gz(BODY.getBytes(StandardCharsets.UTF_8))), Expect.REFUSED, "binary data");
        addBytes("not-gzip.txt.gz", BODY.getBytes(StandardCharsets.UTF_8), Expect.REFUSED, "GZIP");
        addBytes("archive.zip", zip(), Expect.REFUSED, "archives (.zip) are not read");
        add("unknown.docx", BODY, Expect.REFUSED, "unknown input type");
        return this;
    }

    /** The big ones: a 200 MB file of each kind, a 50 MB JSON line, a 1 GB single line. Run under a small heap. */
    HostileInputs big() throws IOException {
        sparse("200mb.txt", 200L << 20, Expect.REFUSED, "too large");
        sparse("200mb.html", 200L << 20, Expect.REFUSED, "binary data");
        Path html = dir.resolve("200mb-text.html");
        try (OutputStream out = Files.newOutputStream(html)) {
            out.write(("<html><body><article><p>" + BODY + "</p></article>").getBytes(StandardCharsets.UTF_8));
            byte[] filler = ("<div class=\"related\"><a href=\"/x\">" + "filler text ".repeat(80) + "</a></div>\n").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < (200L << 20); n += filler.length) {
                out.write(filler);
            }
        }
        cases.add(new Case("200mb-text.html", html, Expect.READ, "foreign minister"));
        Path jsonl = dir.resolve("200mb.jsonl");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 20)) {
            byte[] line = ("{\"title\":\"t\",\"text\":\"" + (BODY + " ").repeat(10) + "\"}\n").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < (200L << 20); n += line.length) {
                out.write(line);
            }
        }
        cases.add(new Case("200mb.jsonl", jsonl, Expect.READ, "foreign minister"));
        Path longLine = dir.resolve("50mb-line.jsonl");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(longLine), 1 << 20)) {
            out.write(("{\"title\":\"a\",\"text\":\"" + BODY + "\"}\n{\"title\":\"big\",\"text\":\"").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "word ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < (50L << 20); n += chunk.length) {
                out.write(chunk);
            }
            out.write(("\"}\n{\"title\":\"c\",\"text\":\"" + BODY + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        cases.add(new Case("50mb-line.jsonl", longLine, Expect.PARTIAL, "longer than the limit"));
        sparse("1gb-line.jsonl", 1L << 30, Expect.REFUSED, "longer than the limit");
        gzip("10gb-bomb.jsonl.gz", 10L << 30, Expect.REFUSED, "gzip bomb");
        return this;
    }

    private void add(String name, String content, Expect e, String phrase) throws IOException {
        addBytes(name, content.getBytes(StandardCharsets.UTF_8), e, phrase);
    }

    private void addBytes(String name, byte[] content, Expect e, String phrase) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        cases.add(new Case(name, f, e, phrase));
    }

    /** A file of zeros, made sparse so it costs no disk. */
    private void sparse(String name, long size, Expect e, String phrase) throws IOException {
        Path f = dir.resolve(name);
        try (var raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
        }
        cases.add(new Case(name, f, e, phrase));
    }

    /**
     * A gzip file that expands to {@code size} zero bytes: one 16 MiB member compressed once and
     * repeated (gzip readers read concatenated members), so making it is quick.
     */
    private void gzip(String name, long size, Expect e, String phrase) throws IOException {
        Path f = dir.resolve(name);
        byte[] member = gz(new byte[16 << 20]);
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long n = 0; n < size; n += 16 << 20) {
                out.write(member);
            }
        }
        cases.add(new Case(name, f, e, phrase));
    }

    private static byte[] gz(byte[] b) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bos)) {
            g.write(b);
        }
        return bos.toByteArray();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.putNextEntry(new ZipEntry("../../evil.txt"));
            z.write(BODY.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bos.toByteArray();
    }

    private static byte[] pngBytes() {
        byte[] b = new byte[4096];
        new java.util.Random(1).nextBytes(b);
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
