package org.newskg.extract;

/**
 * Names the extractor may trust where NER missed them ("Kursk" tagged O): a seam that the
 * linking stage fills from its gazetteer, so that extraction never depends on linking's code.
 */
public interface KnownNames {
    /** The type of a well-known place or body with this exact name, or null when unknown or ambiguous. */
    EntityType typeOf(String name);

    KnownNames NONE = name -> null;
}
