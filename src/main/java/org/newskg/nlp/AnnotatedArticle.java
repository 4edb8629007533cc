package org.newskg.nlp;

import org.newskg.ingest.Article;

import java.util.List;

/** An article with its sentences as the NLP stage annotated them. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
}
