package org.newskg.extract;

/** A fact about an entity with its evidence; exactly one of {@code object} and {@code literal} is set. */
public record Fact(Entity subject, Relation relation, Entity object, String literal, Evidence evidence) {

    public static Fact between(Entity s, Relation r, Entity o, Evidence e) {
        return new Fact(s, r, o, null, e);
    }

    /** A fact with a literal object, without the trailing punctuation or quote marks of the text it came from. */
    public static Fact literal(Entity s, Relation r, String value, Evidence e) {
        return new Fact(s, r, null, value.strip().replaceAll("[\\s.,;:!?\"\u201C\u201D\u2018\u2019]+$", "")
                .replaceAll("^[\"\u201C\u2018]+", ""), e);
    }
}
