package org.newskg.ingest;

/** The bytes of one input with the name used for it in messages and the source IRI for its articles. */
public record RawInput(String name, String sourceIri, byte[] bytes) {
}
