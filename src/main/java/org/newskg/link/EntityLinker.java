package org.newskg.link;

import org.newskg.extract.Extraction;

/** Enriches the entities of an extraction with identifiers of outside datasets, between extraction and mapping. */
public interface EntityLinker {
    void link(Extraction extraction);

    /** A linker that links nothing. */
    static EntityLinker none() {
        return x -> { };
    }
}
