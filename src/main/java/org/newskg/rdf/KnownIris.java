package org.newskg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * {@link #existing} for all the linked entities of an article at once: Wikidata id to the IRI
     * in use, for the ids that have one. A store answers them in one look-up instead of one each.
     */
    default Map<String, String> existingAll(Map<String, List<String>> nameIrisByQid) {
        Map<String, String> out = new HashMap<>();
        nameIrisByQid.forEach((qid, names) -> {
            String iri = existing(qid, names);
            if (iri != null) {
                out.put(qid, iri);
            }
        });
        return out;
    }
}
