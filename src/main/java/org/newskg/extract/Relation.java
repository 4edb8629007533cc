package org.newskg.extract;

/** The relations between entities (or an entity and a literal) that newskg reads from text. */
public enum Relation {
    SIGNED_TREATY_WITH, STATED_POSITION, LEADER_OF, AFFILIATED_WITH, TITLE, LOCATED_IN, PART_OF;

    /** Whether the object is a literal rather than an entity. */
    public boolean literalObject() {
        return this == STATED_POSITION || this == TITLE;
    }
}
