package org.newskg.testing;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Extraction;
import org.newskg.ingest.Article;
import org.newskg.nlp.CoreNlpAnnotator;

import java.util.List;

/** The real CoreNLP pipeline and extractor, loaded once per test JVM and shared by every *IT class. */
public final class SharedNlp {
    private static CoreNlpAnnotator annotator;
    private static ArticleExtractor extractor;

    private SharedNlp() {
    }

    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            CoreNlpAnnotator.quiet();
            annotator = CoreNlpAnnotator.shared();
        }
        return annotator;
    }

    public static synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = ArticleExtractor.withDefaultData(new org.newskg.link.GazetteerNames(org.newskg.link.Gazetteer.loadDefault()));
        }
        return extractor;
    }

    /** Extracts from a short text as if it were an article published on the given date. */
    public static Extraction extract(String text, String published) {
        Article a = new Article("https://example.org/test/" + Integer.toHexString(text.hashCode()), "test", "", text,
                published, null, List.of(), List.of(), "en");
        return extractor().extract(annotator().annotate(a));
    }

    public static Extraction extract(String text) {
        return extract(text, "2024-11-13");
    }
}
