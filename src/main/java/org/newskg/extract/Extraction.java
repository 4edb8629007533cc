package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;

import java.util.List;

/** Everything read from one article, ready for linking and mapping to RDF. */
public record Extraction(AnnotatedArticle article, ArticleEntities entities, List<Event> events,
                         List<Quote> quotes, List<Fact> facts) {
}
