package org.newskg.store;

import java.nio.file.Path;

/** Opens the store a user names: an http(s) SPARQL endpoint, or a TDB2 directory. */
public final class Stores {
    private Stores() {
    }

    public static Store open(String location, boolean forWriting) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return new RemoteStore(location);
        }
        return TdbStore.open(Path.of(location), forWriting);
    }
}
