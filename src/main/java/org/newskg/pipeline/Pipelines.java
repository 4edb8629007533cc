package org.newskg.pipeline;

import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.KnownNames;
import org.newskg.link.EntityLinker;
import org.newskg.link.Gazetteer;
import org.newskg.link.GazetteerLinker;
import org.newskg.link.GazetteerNames;

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
        return new GazetteerLinker(g);
    }

    public static KnownNames knownNames(Gazetteer g) {
        return new GazetteerNames(g);
    }

    public static ArticleExtractor extractor(Gazetteer g) {
        return ArticleExtractor.withDefaultData(knownNames(g));
    }
}
