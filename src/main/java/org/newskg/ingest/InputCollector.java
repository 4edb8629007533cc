package org.newskg.ingest;

import org.newskg.ingest.fetch.FetchException;
import org.newskg.ingest.fetch.FetchedPage;
import org.newskg.ingest.fetch.Fetcher;
import org.newskg.ingest.fetch.HttpFetcher;
import org.newskg.ingest.fetch.UrlCheck;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the inputs a user gives (files, folders walked recursively, {@code -} for stdin, http(s)
 * urls) into articles, choosing a reader by file extension, or for stdin, urls and bare .gz files
 * by Content-Type and content. {@code .gz} files are decompressed while read, within
 * {@link GzipGuard}'s caps. Every failure is reported to the sink with the input's name; nothing
 * here throws for a bad input.
 */
public final class InputCollector {
    /** Inputs read whole (.txt, .json, feeds) larger than this are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = Limits.MAX_FILE_BYTES;
    private static final Set<String> ARCHIVES = Set.of("zip", "jar", "tar", "tgz", "7z", "rar", "bz2", "xz", "zst", "lz", "lzma", "z");

    private final Map<String, ArticleReader> readersByExtension;
    private final InputStream stdin;
    private final Fetcher fetcher;
    private final Consumer<String> warnings;

    public InputCollector(Map<String, ArticleReader> readersByExtension, InputStream stdin) {
        this(readersByExtension, stdin, null, Warnings.LOG);
    }

    /**
     * @param fetcher  fetches url inputs; null for one with the default limits
     * @param warnings receives one-line warnings (truncations, summaries used for feed items), each naming its input
     */
    public InputCollector(Map<String, ArticleReader> readersByExtension, InputStream stdin, Fetcher fetcher,
                          Consumer<String> warnings) {
        this.readersByExtension = Map.copyOf(readersByExtension);
        this.stdin = stdin;
        this.fetcher = fetcher;
        this.warnings = warnings;
    }

    /** The readers for the formats newskg reads out of the box; feed items use their own text or summary. */
    public static Map<String, ArticleReader> defaultReaders() {
        return defaultReaders(null, 1);
    }

    /** The default readers; feed items without full text have their linked page fetched with {@code fetcher} (null: not fetched). */
    public static Map<String, ArticleReader> defaultReaders(Fetcher fetcher, int maxInFlight) {
        Map<String, ArticleReader> m = new HashMap<>();
        m.put("txt", new PlainTextReader());
        m.put("text", new PlainTextReader());
        m.put("jsonl", new JsonArticleReader(true));
        m.put("ndjson", new JsonArticleReader(true));
        m.put("json", new JsonArticleReader(false));
        HtmlArticleReader html = new HtmlArticleReader();
        m.put("html", html);
        m.put("htm", html);
        m.put("xhtml", html);
        FeedArticleReader feed = new FeedArticleReader(fetcher, maxInFlight);
        m.put("xml", feed);
        m.put("rss", feed);
        m.put("atom", feed);
        return m;
    }

    /** Expands folders so that the caller can check every input before heavy work starts. */
    public List<String> expand(List<String> args, Consumer<ReadResult> errors) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(arg);
                continue;
            }
            if (UrlCheck.looksLikeUrl(arg) || arg.matches("(?i)(file|ftp|jar|data|javascript|mailto|gopher):.*")) {
                try {
                    UrlCheck.parse(arg);
                    out.add(arg);
                } catch (FetchException e) {
                    errors.accept(ReadResult.failed(new IngestException(arg, e.getMessage())));
                }
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> known(f.toString()))
                            .sorted().forEach(f -> out.add(f.toString()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.accept(ReadResult.failed(new IngestException(arg, "cannot list folder: " + e.getMessage())));
                }
            } else if (!Files.exists(p)) {
                errors.accept(ReadResult.failed(new IngestException(arg, "no such file or folder")));
            } else if (ARCHIVES.contains(extension(arg))) {
                errors.accept(ReadResult.failed(new IngestException(arg, "archives (." + extension(arg)
                        + ") are not read; unpack it and give the folder (.gz files are read)")));
            } else if (!known(arg)) {
                errors.accept(ReadResult.failed(new IngestException(arg,
                        "unknown input type (expected one of " + String.join(", ", readersByExtension.keySet().stream().sorted().toList())
                                + ", optionally .gz)")));
            } else if (!Files.isReadable(p)) {
                errors.accept(ReadResult.failed(new IngestException(arg, "not readable (permission denied)")));
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    /** Reads one expanded input and reports each of its articles or errors. */
    public void read(String input, Consumer<ReadResult> sink) {
        try {
            if (input.equals("-")) {
                readStdin(sink);
            } else if (UrlCheck.looksLikeUrl(input)) {
                readUrl(input, sink);
            } else {
                readFile(input, sink);
            }
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
        }
    }

    private void readFile(String input, Consumer<ReadResult> sink) {
        Path p = Path.of(input);
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            throw new IngestException(input, "cannot read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new IngestException(input, "empty file");
        }
        boolean gz = extension(input).equals("gz");
        InputSource.Opener opener = gz ? () -> GzipGuard.open(Files.newInputStream(p)) : () -> Files.newInputStream(p);
        String iri = p.toAbsolutePath().normalize().toUri().toString();
        ArticleReader reader = readerFor(input);
        if (reader == null) {
            reader = sniffed(input, opener, null);
        }
        reader.read(new InputSource(input, iri, null, gz ? -1 : size, opener, warnings), sink);
    }

    private void readStdin(Consumer<ReadResult> sink) {
        try {
            InputStream in = new BufferedInputStream(new NonClosing(stdin), 64 * 1024);
            in.mark(2);
            if (in.read() == 0x1F && in.read() == 0x8B) {
                in.reset();
                in = new BufferedInputStream(GzipGuard.open(in), 64 * 1024);
            } else {
                in.reset();
            }
            in.mark(1024);
            byte[] head = in.readNBytes(1024);
            in.reset();
            if (head.length == 0) {
                throw new IngestException("stdin", "empty input");
            }
            InputStream once = in;
            ArticleReader reader = forKind(Sniffer.sniff(head, null), "stdin", null);
            reader.read(new InputSource("stdin", "urn:newskg:stdin", null, -1, () -> once, warnings), sink);
        } catch (IOException e) {
            throw new IngestException("stdin", "cannot read: " + e.getMessage(), e);
        }
    }

    private void readUrl(String url, Consumer<ReadResult> sink) {
        FetchedPage page;
        try {
            page = (fetcher != null ? fetcher : DefaultFetcher.INSTANCE).fetch(url);
        } catch (FetchException e) {
            throw new IngestException(url, e.getMessage(), e);
        }
        if (page.body().length == 0) {
            throw new IngestException(url, "empty answer");
        }
        Sniffer.Kind kind = Sniffer.sniff(page.body(), page.contentType());
        ArticleReader reader = forKind(kind, url, page.contentType());
        if (page.truncated() && kind != Sniffer.Kind.HTML) {
            throw new IngestException(url, "larger than the fetch limit; refused (only HTML pages are read in part)");
        }
        if (page.truncated()) {
            warnings.accept(url + ": truncated: only the first part of the page was fetched (size cap)");
        }
        String source = SourceIrisOrUrl.of(page);
        byte[] body = page.body();
        reader.read(new InputSource(url, source, page.contentType(), body.length, () -> new ByteArrayInputStream(body), warnings), sink);
    }

    private ArticleReader sniffed(String input, InputSource.Opener opener, String contentType) {
        try (InputStream in = opener.open()) {
            return forKind(Sniffer.sniff(in.readNBytes(1024), contentType), input, contentType);
        } catch (IOException e) {
            throw new IngestException(input, "cannot read: " + e.getMessage(), e);
        }
    }

    private ArticleReader forKind(Sniffer.Kind kind, String input, String contentType) {
        String ext = switch (kind) {
            case HTML -> "html";
            case FEED -> "xml";
            case JSON_ARRAY -> "json";
            case JSONL -> "jsonl";
            case TEXT -> "txt";
            case BINARY -> throw new IngestException(input, "not text, HTML, JSON or a feed"
                    + (contentType != null ? " (Content-Type " + contentType + ")" : " (binary data)"));
        };
        ArticleReader r = readersByExtension.get(ext);
        if (r == null) {
            throw new IngestException(input, "no reader for " + ext + " input");
        }
        return r;
    }

    private boolean known(String name) {
        return readerFor(name) != null || extension(name).equals("gz");
    }

    private ArticleReader readerFor(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return readersByExtension.get(extension(n));
    }

    private static String extension(String name) {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The fetcher for url inputs when the caller gave none: default limits, created on first use. */
    private static final class DefaultFetcher {
        static final Fetcher INSTANCE = new HttpFetcher(HttpFetcher.Limits.defaults());
    }

    /** The page's own address after redirects, made IRI-safe. */
    private static final class SourceIrisOrUrl {
        static String of(FetchedPage page) {
            String s = SourceIris.web(page.finalUrl());
            s = s != null ? s : SourceIris.web(page.requestedUrl());
            return s != null ? s : "urn:newskg:url:" + Sniffer.shortHash(page.requestedUrl());
        }
    }

    /** Stdin must stay open for the rest of the JVM even when a reader closes its stream. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
