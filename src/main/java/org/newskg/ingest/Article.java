package org.newskg.ingest;

import java.util.List;

/**
 * One news article as read from its input: the body text with metadata lines removed, plus the
 * metadata that was found. Offsets used later in the pipeline are offsets into {@link #text()}.
 *
 * @param source    the url, or a {@code file:} IRI when the article came from a local file
 * @param inputName what to call the input in messages (file name and line, or url)
 * @param title     headline, may be empty
 * @param text      body text
 * @param published ISO date or date-time, or null when unknown
 * @param dateline  place named in the dateline, or null
 */
public record Article(String source, String inputName, String title, String text, String published,
                      String dateline, List<String> authors, List<String> editors, String language) {

    public Article {
        title = title == null ? "" : title;
        authors = authors == null ? List.of() : List.copyOf(authors);
        editors = editors == null ? List.of() : List.copyOf(editors);
    }

    /** A stable key for the article: its url, else its text, so re-ingesting replaces it. */
    public String identityKey() {
        return source != null && !source.startsWith("file:") ? source : "text:" + text;
    }
}
