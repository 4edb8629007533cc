package org.newskg.ingest;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads inputs with the default readers and keeps what came out, for assertions. */
public final class TestInputs {
    /** What was read, except that past the first {@link #KEEP} articles only a count is kept (big inputs). */
    public final List<ReadResult> results = new ArrayList<>();
    public static final int KEEP = 1000;
    public long articleCount;
    public final List<String> warnings = new ArrayList<>();
    public final List<String> expandErrors = new ArrayList<>();
    private final InputCollector collector;

    public TestInputs() {
        this(InputCollector.defaultReaders(), null);
    }

    public TestInputs(java.util.Map<String, ArticleReader> readers, org.newskg.ingest.fetch.Fetcher fetcher) {
        this(readers, fetcher, new byte[0]);
    }

    public TestInputs(java.util.Map<String, ArticleReader> readers, org.newskg.ingest.fetch.Fetcher fetcher, byte[] stdin) {
        collector = new InputCollector(readers, new ByteArrayInputStream(stdin), fetcher, warnings::add);
    }

    public TestInputs read(String... inputs) {
        for (String in : collector.expand(List.of(inputs), r -> expandErrors.add(r.error().getMessage()))) {
            collector.read(in, r -> {
                if (r.ok() && ++articleCount > KEEP) {
                    return;
                }
                results.add(r);
            });
        }
        return this;
    }

    public List<Article> articles() {
        return results.stream().filter(ReadResult::ok).map(ReadResult::article).toList();
    }

    public List<String> errors() {
        List<String> e = new ArrayList<>(expandErrors);
        results.stream().filter(r -> !r.ok()).forEach(r -> e.add(r.error().getMessage()));
        return e;
    }

    public Article only() {
        if (articles().size() != 1 || !errors().isEmpty()) {
            throw new AssertionError("expected one article and no error, got " + articles().size() + " articles and " + errors());
        }
        return articles().get(0);
    }

    /** The path of a test resource under org/newskg/ingest/. */
    public static String resource(String name) {
        try {
            return Path.of(TestInputs.class.getResource("/org/newskg/ingest/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
