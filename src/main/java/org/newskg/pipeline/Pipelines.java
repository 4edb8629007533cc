package org.newskg.pipeline;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.KnownNames;
import org.newskg.link.EntityLinker;
import org.newskg.link.Gazetteer;
import org.newskg.link.GazetteerLinker;
import org.newskg.link.GazetteerNames;
import org.newskg.rdf.ExtractionMapper;
import org.newskg.store.Store;
import org.newskg.store.StoreKnownIris;

import java.nio.file.Path;
import java.util.List;

/** Wires the stages: the gazetteer into extraction (known place names) and linking, once per process. */
public final class Pipelines {
    private static Gazetteer gazetteer;

    private Pipelines() {
    }

    /** The shipped gazetteer, plus the user's own files when given. */
    public static synchronized Gazetteer gazetteer(List<Path> userFiles) {
        if (userFiles != null && !userFiles.isEmpty()) {
            return Gazetteer.load(userFiles, true);
        }
        if (gazetteer == null) {
            gazetteer = Gazetteer.loadDefault();
        }
        return gazetteer;
    }

    public static EntityLinker linker(Gazetteer g) {
        return new GazetteerLinker(g, lexicon()::countryOfCapital);
    }

    private static org.newskg.extract.Lexicon lexicon;

    /** The rules' lexicons, loaded once per process. */
    public static synchronized org.newskg.extract.Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = org.newskg.extract.Lexicon.load();
        }
        return lexicon;
    }

    public static KnownNames knownNames(Gazetteer g) {
        return new GazetteerNames(g);
    }

    /**
     * The mapper for ingesting into a store: a linked entity that the store already holds under a
     * name-based IRI (stored unlinked earlier, maybe linked online since) keeps that IRI.
     */
    public static ExtractionMapper mapper(Store store) {
        return new ExtractionMapper(new StoreKnownIris(store));
    }

    /** The extractor over the same lexicons the linker uses, loaded once. */
    public static ArticleExtractor extractor(Gazetteer g) {
        return new ArticleExtractor(lexicon(), org.newskg.extract.CameoPattern.load("data/cameo/patterns.tsv"), knownNames(g));
    }
}
