package org.newskg.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option every command shares, defaulting to $NEWSKG_STORE or ./store. */
public final class StoreOption {
    @Option(names = {"--store", "--loc"}, paramLabel = "DIR|URL",
            description = "TDB2 store directory or http(s) SPARQL endpoint (default: $NEWSKG_STORE or ./store)")
    String store;

    String location() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("NEWSKG_STORE");
        return env != null && !env.isBlank() ? env : "store";
    }
}
