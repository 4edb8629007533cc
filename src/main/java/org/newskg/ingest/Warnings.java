package org.newskg.ingest;

import java.util.function.Consumer;

/** Where warnings go when the caller gave no place for them: the JDK's platform logger. */
final class Warnings {
    static final Consumer<String> LOG = m -> System.getLogger("org.newskg.ingest").log(System.Logger.Level.WARNING, m);

    private Warnings() {
    }
}
