package org.newskg.ingest;

/** What one record of an input gave: an article, or an error naming the input and record. */
public record ReadResult(Article article, IngestException error) {
    public static ReadResult of(Article a) { return new ReadResult(a, null); }
    public static ReadResult failed(IngestException e) { return new ReadResult(null, e); }
    public boolean ok() { return article != null; }
}
