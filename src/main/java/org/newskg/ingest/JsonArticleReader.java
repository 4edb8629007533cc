package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads {@code .jsonl} (one article a line) and {@code .json} (one object, or an array of them)
 * with the field names of the news-please crawler or the short ones. A bad line is reported with
 * its line number; the other lines are still read.
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

    private final boolean linePerRecord;

    public JsonArticleReader(boolean linePerRecord) {
        this.linePerRecord = linePerRecord;
    }

    @Override
    public void read(RawInput raw, Consumer<ReadResult> sink) {
        String text;
        try {
            text = TextDecoder.decode(raw.name(), raw.bytes());
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
            return;
        }
        if (linePerRecord) {
            String[] lines = text.split("\n");
            int records = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                records++;
                String where = raw.name() + ":" + (i + 1);
                try {
                    sink.accept(ReadResult.of(toArticle(where, JSON.readTree(lines[i]), raw.sourceIri() + "#line=" + (i + 1))));
                } catch (JsonProcessingException e) {
                    sink.accept(ReadResult.failed(new IngestException(where, "malformed JSON: " + e.getOriginalMessage())));
                } catch (IngestException e) {
                    sink.accept(ReadResult.failed(e));
                }
            }
            if (records == 0) {
                sink.accept(ReadResult.failed(new IngestException(raw.name(), "no articles (empty file)")));
            }
            return;
        }
        try {
            JsonNode root = JSON.readTree(text);
            List<JsonNode> items = new ArrayList<>();
            if (root != null && root.isArray()) {
                root.forEach(items::add);
            } else if (root != null) {
                items.add(root);
            }
            if (items.isEmpty()) {
                sink.accept(ReadResult.failed(new IngestException(raw.name(), "no articles (empty JSON)")));
            }
            for (int i = 0; i < items.size(); i++) {
                String where = items.size() == 1 ? raw.name() : raw.name() + "[" + i + "]";
                try {
                    sink.accept(ReadResult.of(toArticle(where, items.get(i), raw.sourceIri() + (items.size() == 1 ? "" : "#item=" + i))));
                } catch (IngestException e) {
                    sink.accept(ReadResult.failed(e));
                }
            }
        } catch (JsonProcessingException e) {
            sink.accept(ReadResult.failed(new IngestException(raw.name(), "malformed JSON: " + e.getOriginalMessage())));
        }
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
        String source = url != null && url.matches("(?i)https?://\\S+") ? url : fallbackSource;
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
