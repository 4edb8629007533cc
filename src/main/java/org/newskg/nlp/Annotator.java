package org.newskg.nlp;

import org.newskg.ingest.Article;

/** The NLP stage: heavy to build, so built once and shared by all worker threads. */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
