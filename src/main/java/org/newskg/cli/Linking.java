package org.newskg.cli;

import org.newskg.link.EntityLinker;

/** Chooses the linker ingest uses. */
final class Linking {
    private Linking() {
    }

    static EntityLinker defaultLinker() {
        return EntityLinker.none();
    }
}
