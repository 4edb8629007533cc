package org.newskg.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A saved or fetched news page is one article: its body found by {@link ContentExtractor}, its
 * title, date, authors and canonical url from {@link HtmlMetadata}. Pages past
 * {@link Limits#MAX_HTML_BYTES} are cut there with a warning; the charset is chosen by
 * {@link CharsetSniffer}. The canonical url becomes the article's source (so the same story saved
 * and fetched is one article) when it is a web address on the page's own site.
 */
public final class HtmlArticleReader implements ArticleReader {
    /** Bodies shorter than this are replaced by a longer JSON-LD {@code articleBody}, when the page has one. */
    private static final int SHORT_BODY = 500;

    @Override
    public void read(RawInput raw, Consumer<ReadResult> sink) {
        read(InputSource.of(raw, null, Warnings.LOG), sink);
    }

    @Override
    public void read(InputSource in, Consumer<ReadResult> sink) {
        try {
            RawInput raw = in.readTruncated(Limits.MAX_HTML_BYTES);
            sink.accept(ReadResult.of(article(in.name(), in.sourceIri(), raw.bytes(), in.contentType())));
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(ReadResult.failed(new IngestException(in.name(), "cannot read the page: " + e, e)));
        }
    }

    /** The article of one page's bytes. */
    static Article article(String name, String sourceIri, byte[] bytes, String contentType) {
        if (bytes.length == 0) {
            throw new IngestException(name, "empty page");
        }
        if (!Sniffer.hasUtf16Bom(bytes) && TextDecoder.looksBinary(bytes)) {
            throw new IngestException(name, "binary data, not an HTML page");
        }
        String html = CharsetSniffer.decode(bytes, contentType).text();
        return fromHtml(name, sourceIri, html, null, null, List.of());
    }

    /**
     * The article of a page or HTML fragment (a feed item's content). Values given by the caller
     * (from a feed) fill in what the page itself does not state.
     */
    static Article fromHtml(String name, String sourceIri, String html, String title, String date, List<String> authors) {
        String base = sourceIri != null && sourceIri.startsWith("http") ? sourceIri : "";
        Document doc = Jsoup.parse(html, base);
        HtmlMetadata meta = HtmlMetadata.of(doc);
        String t = meta.title() != null ? meta.title() : title;
        String body = ContentExtractor.extract(doc.body(), t);
        if (body.length() < SHORT_BODY && meta.jsonLdBody() != null && meta.jsonLdBody().length() > body.length()) {
            body = Jsoup.parse(meta.jsonLdBody()).text();
        }
        if (body.isBlank()) {
            throw new IngestException(name, "no article text found in the page");
        }
        String source = sourceIri;
        String canonical = SourceIris.web(meta.canonical());
        if (canonical != null && sameSite(canonical, sourceIri)) {
            source = canonical;
        }
        String published = meta.published() != null && DateParser.parse(meta.published()) != null ? meta.published() : date;
        List<String> by = meta.authors().isEmpty() ? authors : meta.authors();
        return ArticleBuilder.fromText(name, source, t, body, published, by);
    }

    /** A canonical url may replace the page's url only on the same site; any web url may replace a file name. */
    static boolean sameSite(String canonical, String pageUrl) {
        if (pageUrl == null || !pageUrl.startsWith("http")) {
            return true;
        }
        try {
            String a = siteOf(URI.create(canonical).getHost());
            String b = siteOf(URI.create(pageUrl).getHost());
            return a != null && a.equals(b);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The last two labels of a host ("www.bbc.co.uk" gives "bbc.co.uk": coarse, but enough to stop a page claiming another site's story). */
    private static String siteOf(String host) {
        if (host == null) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n >= 3 && labels[n - 2].length() <= 3 && labels[n - 1].length() == 2) {
            return labels[n - 3] + "." + labels[n - 2] + "." + labels[n - 1]; // bbc.co.uk, abc.net.au
        }
        return n >= 2 ? labels[n - 2] + "." + labels[n - 1] : host;
    }
}
