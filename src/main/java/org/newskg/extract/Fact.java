package org.newskg.extract;

/** A fact about an entity with its evidence; exactly one of {@code object} and {@code literal} is set. */
public record Fact(Entity subject, Relation relation, Entity object, String literal, Evidence evidence) {

    public static Fact between(Entity s, Relation r, Entity o, Evidence e) {
        return new Fact(s, r, o, null, e);
    }

    public static Fact literal(Entity s, Relation r, String value, Evidence e) {
        return new Fact(s, r, null, value, e);
    }
}
