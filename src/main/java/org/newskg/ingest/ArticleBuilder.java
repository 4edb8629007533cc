package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;

/** Builds an {@link Article} from a body and whatever metadata the input carried, checking it is worth ingesting. */
final class ArticleBuilder {
    /** Longer bodies are refused: no news article is this long, and the NLP cost grows with it. */
    static final int MAX_CHARS = 200_000;

    private ArticleBuilder() {
    }

    static Article fromText(String inputName, String source, String title, String text, String date, List<String> authors) {
        // JSON escapes and HTML entities can carry what the byte-level decoder already removed.
        text = text == null ? null : TextDecoder.clean(text);
        if (text == null || text.isBlank()) {
            throw new IngestException(inputName, "no article text (empty or whitespace only)");
        }
        if (text.length() > MAX_CHARS) {
            throw new IngestException(inputName, "article text of " + text.length() + " characters exceeds the limit of " + MAX_CHARS);
        }
        PlainTextMetadata.Parsed p = PlainTextMetadata.parse(text);
        if (p.body().isBlank()) {
            throw new IngestException(inputName, "no article text after its metadata lines");
        }
        String published = date != null ? DateParser.parse(date) : null;
        if (published == null) {
            published = p.published();
        }
        List<String> allAuthors = new ArrayList<>();
        if (authors != null) {
            authors.stream().filter(java.util.Objects::nonNull).map(n -> TextDecoder.clean(n).strip().replaceAll("\\s+", " "))
                    .filter(n -> !n.isEmpty() && n.length() <= 200 && !allAuthors.contains(n)).limit(20).forEach(allAuthors::add);
        }
        p.authors().stream().filter(a -> !allAuthors.contains(a)).forEach(allAuthors::add);
        String t = title == null ? "" : TextDecoder.clean(title).strip();
        return new Article(source, inputName, t, p.body(), published, p.dateline(), allAuthors, p.editors(), "en");
    }
}
