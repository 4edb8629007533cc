package org.newskg.rdf;

import java.util.List;

/**
 * What the store already knows about an entity's identity, consulted when minting the IRI of an
 * entity the gazetteer linked. An entity first stored unlinked has a name-based IRI
 * ({@code entity/person/vedant-patel}); when a later article links it to a QID, that IRI is
 * reused (with {@code owl:sameAs}) instead of minting {@code entity/Q…}, so the entity stays one
 * node. Implementations must be thread-safe (mapping runs on worker threads).
 */
public interface KnownIris {
    /** Knows nothing: linked entities always get their QID IRI. */
    KnownIris NONE = (qid, nameIris) -> null;

    /**
     * The IRI already in use for the entity with this Wikidata id, or null to mint the QID IRI.
     *
     * @param qid      the Wikidata id the linker found ({@code "Q123"}), already validated
     * @param nameIris the name-based IRIs the entity would have had unlinked, best first
     */
    String existing(String qid, List<String> nameIris);
}
