package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extractors over one annotated article in the order they depend on each other:
 * entities, then roles (titles and affiliations), events, quotes and the remaining facts.
 * Stateless after construction, so one instance serves all worker threads.
 */
public final class ArticleExtractor {
    private final EntityExtractor entityExtractor;
    private final RoleExtractor roleExtractor;
    private final EventExtractor eventExtractor;
    private final QuoteExtractor quoteExtractor;
    private final FactExtractor factExtractor;

    public ArticleExtractor(Lexicon lexicon, List<CameoPattern> patterns, KnownNames knownNames) {
        this.entityExtractor = new EntityExtractor(lexicon, knownNames);
        this.roleExtractor = new RoleExtractor(lexicon);
        this.eventExtractor = new EventExtractor(patterns, lexicon);
        this.quoteExtractor = new QuoteExtractor(lexicon);
        this.factExtractor = new FactExtractor(lexicon);
    }

    /** The extractor with the lexicons and CAMEO patterns shipped in {@code data/}. */
    public static ArticleExtractor withDefaultData(KnownNames knownNames) {
        return new ArticleExtractor(Lexicon.load(), CameoPattern.load("data/cameo/patterns.tsv"), knownNames);
    }

    public Extraction extract(AnnotatedArticle doc) {
        ArticleEntities entities = entityExtractor.extract(doc);
        List<Fact> facts = new ArrayList<>();
        Roles roles = roleExtractor.extract(doc, entities, facts);
        List<Event> events = eventExtractor.extract(doc, entities, roles);
        List<Quote> quotes = quoteExtractor.extract(doc, entities, roles);
        factExtractor.extract(doc, entities, roles, events, quotes, facts);
        return new Extraction(doc, entities, events, quotes, dedupe(facts));
    }

    private static List<Fact> dedupe(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            boolean seen = out.stream().anyMatch(o -> o.subject() == f.subject() && o.relation() == f.relation()
                    && o.object() == f.object() && java.util.Objects.equals(o.literal(), f.literal()));
            if (!seen) {
                out.add(f);
            }
        }
        return out;
    }
}
