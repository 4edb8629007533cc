package org.newskg.ingest.fetch;

/** Fetches one http(s) url within the limits it was built with. Implementations are thread-safe. */
public interface Fetcher {
    FetchedPage fetch(String url) throws FetchException;
}
