package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads {@code .jsonl} (one article a line) and {@code .json} (one object, or an array of them)
 * with the field names of the news-please crawler or the short ones. A bad line is reported with
 * its line number; the other lines are still read. Duplicate keys are refused (a record that says
 * two things is not guessed at); Jackson's limits bound strings, numbers and nesting.
 */
public final class JsonArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(ArticleBuilder.MAX_CHARS * 4)
                    .maxNestingDepth(64)
                    .maxNumberLength(100)
                    .build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A file whose first this many records are all bad is not JSON Lines; reading stops there. */
    private static final int MAX_ERRORS_WITHOUT_ARTICLE = 100;

    private final boolean linePerRecord;

    public JsonArticleReader(boolean linePerRecord) {
        this.linePerRecord = linePerRecord;
    }

    @Override
    public void read(RawInput raw, Consumer<ReadResult> sink) {
        read(InputSource.of(raw, null, Warnings.LOG), sink);
    }

    @Override
    public void read(InputSource in, Consumer<ReadResult> sink) {
        if (linePerRecord) {
            readLines(in, sink);
            return;
        }
        String text;
        try {
            RawInput raw = in.readAll(Limits.MAX_FILE_BYTES);
            text = TextDecoder.decode(raw.name(), raw.bytes());
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
            return;
        }
        readDocument(in, text, sink);
    }

    /**
     * JSON Lines are streamed: one line in memory at a time, at most {@link Limits#MAX_LINE_BYTES}
     * of it, so a file of any size (or a 1 GB line) costs bounded memory.
     */
    private static void readLines(InputSource in, Consumer<ReadResult> sink) {
        int records = 0;
        int good = 0;
        int bad = 0;
        int lastLine = 0;
        try (LineReader lines = new LineReader(in.open(), Limits.MAX_LINE_BYTES)) {
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                lastLine = line.number();
                String where = in.name() + ":" + line.number();
                if (line.tooLong()) {
                    records++;
                    bad++;
                    sink.accept(ReadResult.failed(new IngestException(where, "line of " + Limits.mib(line.length())
                            + " is longer than the limit of " + Limits.mib(Limits.MAX_LINE_BYTES) + "; skipped")));
                    continue;
                }
                String text = TextDecoder.clean(line.text());
                if (text.isBlank()) {
                    continue;
                }
                if (records == 0 && mostlyControls(line.text())) {
                    sink.accept(ReadResult.failed(new IngestException(in.name(), "binary data, not JSON Lines")));
                    return;
                }
                records++;
                ReadResult r = parseLine(where, text, in.sourceIri() + "#line=" + line.number());
                sink.accept(r);
                if (r.ok()) {
                    good++;
                } else if (++bad >= MAX_ERRORS_WITHOUT_ARTICLE && good == 0) {
                    sink.accept(ReadResult.failed(new IngestException(in.name(), "stopped after " + bad
                            + " bad lines and no good one: is this JSON Lines?")));
                    return;
                }
            }
        } catch (IOException e) {
            sink.accept(ReadResult.failed(new IngestException(in.name(), "stopped after line " + lastLine + ": " + e.getMessage(), e)));
            return;
        }
        if (records == 0) {
            sink.accept(ReadResult.failed(new IngestException(in.name(), "no articles (empty file)")));
        }
    }

    /** A first line that is mostly control characters means a binary file; a stray NUL in text does not. */
    private static boolean mostlyControls(String s) {
        int n = Math.min(s.length(), 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t') {
                controls++;
            }
        }
        return n > 0 && controls * 10 > n;
    }

    private static ReadResult parseLine(String where, String line, String fallbackSource) {
        try {
            return ReadResult.of(toArticle(where, JSON.readTree(line), fallbackSource));
        } catch (JsonProcessingException e) {
            return ReadResult.failed(new IngestException(where, "malformed JSON: " + shorten(e.getOriginalMessage())));
        } catch (IngestException e) {
            return ReadResult.failed(e);
        }
    }

    private static void readDocument(InputSource in, String text, Consumer<ReadResult> sink) {
        try {
            JsonNode root = JSON.readTree(text);
            List<JsonNode> items = new ArrayList<>();
            if (root != null && root.isArray()) {
                root.forEach(items::add);
            } else if (root != null) {
                items.add(root);
            }
            if (items.isEmpty()) {
                sink.accept(ReadResult.failed(new IngestException(in.name(), "no articles (empty JSON)")));
            }
            for (int i = 0; i < items.size(); i++) {
                String where = items.size() == 1 ? in.name() : in.name() + "[" + i + "]";
                try {
                    sink.accept(ReadResult.of(toArticle(where, items.get(i), in.sourceIri() + (items.size() == 1 ? "" : "#item=" + i))));
                } catch (IngestException e) {
                    sink.accept(ReadResult.failed(e));
                }
            }
        } catch (JsonProcessingException e) {
            sink.accept(ReadResult.failed(new IngestException(in.name(), "malformed JSON: " + shorten(e.getOriginalMessage()))));
        }
    }

    /** Jackson quotes the offending text; a hostile input must not make the one-line error huge. */
    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    static Article toArticle(String where, JsonNode node, String fallbackSource) {
        if (!node.isObject()) {
            throw new IngestException(where, "expected a JSON object with a text field");
        }
        String text = string(where, node, "maintext", "text", "body", "content");
        String url = string(where, node, "url", "link");
        String title = string(where, node, "title", "headline");
        String date = string(where, node, "date_publish", "date", "published", "datePublished");
        List<String> authors = new ArrayList<>();
        JsonNode a = node.get("authors");
        if (a != null && a.isArray()) {
            a.forEach(x -> {
                if (x.isTextual()) {
                    authors.add(x.asText());
                }
            });
        }
        if (text == null) {
            throw new IngestException(where, "no text field (maintext or text)");
        }
        String web = SourceIris.web(url);
        String source = web != null ? web : fallbackSource;
        return ArticleBuilder.fromText(where, source, title, text, date, authors);
    }

    private static String string(String where, JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull()) {
                if (!v.isTextual()) {
                    throw new IngestException(where, "field '" + n + "' is not a string");
                }
                return v.asText();
            }
        }
        return null;
    }
}
