package org.newskg.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.newskg.ingest.fetch.FetchException;
import org.newskg.ingest.fetch.FetchedPage;
import org.newskg.ingest.fetch.Fetcher;

import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * An RSS 2.0 or Atom feed gives one article per item: the item's full text when the feed carries
 * it ({@code content:encoded}, Atom {@code content}), run through the HTML extractor; otherwise,
 * with a fetcher ({@code --fetch}), the linked page, at most N fetches at once; otherwise the
 * item's summary, with a warning. ROME parses with DOCTYPE refused, so external entities, remote
 * DTDs and entity expansion (billion laughs) never happen.
 */
public final class FeedArticleReader implements ArticleReader {
    /** Item content shorter than this (after tags are stripped) is a summary, not the article. */
    private static final int FULL_TEXT = 400;

    private final Fetcher fetcher;
    private final int maxInFlight;

    /** Reads feeds without fetching linked pages. */
    public FeedArticleReader() {
        this(null, 1);
    }

    /** @param fetcher fetches the linked page of items without full text; null to use their summaries */
    public FeedArticleReader(Fetcher fetcher, int maxInFlight) {
        this.fetcher = fetcher;
        this.maxInFlight = Math.max(1, maxInFlight);
    }

    @Override
    public void read(RawInput raw, Consumer<ReadResult> sink) {
        read(InputSource.of(raw, null, Warnings.LOG), sink);
    }

    @Override
    public void read(InputSource in, Consumer<ReadResult> sink) {
        List<SyndEntry> entries;
        try {
            RawInput raw = in.readAll(Limits.MAX_FILE_BYTES);
            if (Sniffer.looksLikeHtml(raw.bytes())) {
                new HtmlArticleReader().read(InputSource.of(raw, in.contentType(), in.warnings()), sink);
                return;
            }
            entries = parse(in, raw.bytes());
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
            return;
        }
        if (entries.size() > Limits.MAX_FEED_ITEMS) {
            in.warn("feed has " + entries.size() + " items; only the first " + Limits.MAX_FEED_ITEMS + " are read");
            entries = entries.subList(0, Limits.MAX_FEED_ITEMS);
        }
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            items.add(FeedItem.of(in, i, entries.get(i)));
        }
        emit(in, items, sink);
    }

    private static List<SyndEntry> parse(InputSource in, byte[] bytes) {
        if (!Sniffer.looksLikeXml(bytes)) {
            throw new IngestException(in.name(), "not an RSS or Atom feed (the file is not XML)");
        }
        String xml = CharsetSniffer.decode(bytes, in.contentType()).text();
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // the default; stated because it is what keeps XXE and billion laughs out
        SyndFeed feed;
        try {
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IngestException(in.name(), "not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        if (feed.getEntries().isEmpty()) {
            throw new IngestException(in.name(), "feed has no items");
        }
        return feed.getEntries();
    }

    /** Emits the items in feed order; the ones that need their page fetched are fetched N at a time. */
    private void emit(InputSource in, List<FeedItem> items, Consumer<ReadResult> sink) {
        ExecutorService pool = fetcher == null ? null : Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread t = new Thread(r, "newskg-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReadResult>> pending = new ArrayList<>();
            int summaries = 0;
            for (FeedItem item : items) {
                if (item.fullHtml() != null) {
                    pending.add(java.util.concurrent.CompletableFuture.completedFuture(item.fromContent()));
                } else if (pool != null && item.link() != null) {
                    pending.add(pool.submit(() -> fetchItem(item)));
                } else {
                    summaries += item.summaryHtml() != null ? 1 : 0;
                    pending.add(java.util.concurrent.CompletableFuture.completedFuture(item.fromSummary(fetcher == null)));
                }
            }
            if (summaries > 0) {
                in.warn(summaries + " of " + items.size() + " items carry only a summary, which was ingested as their text"
                        + (fetcher == null ? "; give --fetch to read their linked pages" : ""));
            }
            for (Future<ReadResult> f : pending) {
                sink.accept(get(in, f));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private ReadResult fetchItem(FeedItem item) {
        try {
            FetchedPage page = fetcher.fetch(item.link());
            if (!Sniffer.isHtmlType(page.contentType()) && !Sniffer.looksLikeHtml(page.body())) {
                throw new FetchException("linked page is not HTML (" + page.contentType() + ")");
            }
            String html = CharsetSniffer.decode(page.body(), page.contentType()).text();
            String source = SourceIris.web(page.finalUrl());
            return ReadResult.of(HtmlArticleReader.fromHtml(item.name(), source != null ? source : item.link(), html,
                    item.title(), item.date(), item.authors()));
        } catch (FetchException e) {
            ReadResult fallback = item.summaryHtml() != null ? item.fromSummary(false) : null;
            if (fallback != null && fallback.ok()) {
                return fallback;
            }
            return ReadResult.failed(new IngestException(item.name(), "cannot fetch its page " + item.link() + ": " + e.getMessage()));
        } catch (IngestException e) {
            return ReadResult.failed(e);
        }
    }

    private static ReadResult get(InputSource in, Future<ReadResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ReadResult.failed(new IngestException(in.name(), "interrupted"));
        } catch (ExecutionException e) {
            return ReadResult.failed(new IngestException(in.name(), "cannot read an item: " + e.getCause(), e.getCause()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no reason given)";
        }
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static final java.util.regex.Pattern EMAIL_AND_NAME = java.util.regex.Pattern.compile("^[^\\s@]+@\\S+\\s*\\((.{1,100})\\)$");

    /** One feed item, reduced to what newskg needs. */
    private record FeedItem(String name, String link, String fallbackSource, String title, String date, List<String> authors,
                            String fullHtml, String summaryHtml) {

        static FeedItem of(InputSource in, int index, SyndEntry e) {
            String name = in.name() + " item " + (index + 1);
            String link = SourceIris.web(e.getLink());
            if (link == null) {
                link = SourceIris.web(e.getUri());
            }
            String key = e.getUri() != null ? e.getUri() : e.getTitle() != null ? e.getTitle() : Integer.toString(index);
            String fallback = in.sourceIri() + "#item-" + Sniffer.shortHash(key);
            String content = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && (content == null || c.getValue().length() > content.length())) {
                    content = c.getValue();
                }
            }
            String summary = e.getDescription() == null ? null : e.getDescription().getValue();
            if (content != null && Jsoup.parse(content).text().length() < FULL_TEXT) {
                summary = summary == null || summary.length() < content.length() ? content : summary;
                content = null;
            }
            return new FeedItem(name, link, fallback, e.getTitle(), date(e), authors(e), content, blankToNull(summary));
        }

        ReadResult fromContent() {
            try {
                return ReadResult.of(HtmlArticleReader.fromHtml(name, source(), fullHtml, title, date, authors));
            } catch (IngestException e) {
                return ReadResult.failed(e);
            }
        }

        ReadResult fromSummary(boolean noFetcher) {
            if (summaryHtml == null) {
                return ReadResult.failed(new IngestException(name, "item has no text"
                        + (noFetcher && link != null ? " (give --fetch to read its linked page)" : "")));
            }
            try {
                return ReadResult.of(HtmlArticleReader.fromHtml(name, source(), summaryHtml, title, date, authors));
            } catch (IngestException e) {
                return ReadResult.failed(e);
            }
        }

        private String source() {
            return link != null ? link : fallbackSource;
        }

        private static String date(SyndEntry e) {
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            if (d == null) {
                return null;
            }
            var t = d.toInstant().atOffset(ZoneOffset.UTC);
            return t.getYear() < 1800 || t.getYear() > 2200 ? null : t.toString();
        }

        private static List<String> authors(SyndEntry e) {
            List<String> out = new ArrayList<>();
            for (SyndPerson p : e.getAuthors()) {
                addAuthor(out, p.getName());
            }
            if (out.isEmpty()) {
                addAuthor(out, e.getAuthor());
            }
            return out;
        }

        /** RSS puts "editor@example.com (Jane Doe)" in author: keep the name, never a bare e-mail address. */
        private static void addAuthor(List<String> out, String a) {
            if (a == null || a.isBlank() || a.length() > 300) {
                return; // no byline is this long; the cap also keeps the pattern below linear
            }
            String s = a.strip();
            java.util.regex.Matcher m = EMAIL_AND_NAME.matcher(s);
            if (m.matches()) {
                s = m.group(1);
            } else if (s.contains("@")) {
                return;
            }
            for (String n : s.split("\\s*(?:,|\\band\\b)\\s*")) {
                if (!n.isBlank() && !out.contains(n.strip())) {
                    out.add(n.strip());
                }
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
