package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the entities a noun phrase stands for, the way news names actors: the name itself
 * ("Russia"), a demonym or possessive on a group noun ("North Korean troops", "China's foreign
 * ministry", "Russian forces"), or a pronoun that points back to the last person named.
 */
public final class EntityResolver {
    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "amod", "nmod:poss", "flat", "nmod:of",
            "appos", "nmod:for", "dep");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");

    private final AnnotatedArticle doc;
    private final ArticleEntities entities;

    public EntityResolver(AnnotatedArticle doc, ArticleEntities entities) {
        this.doc = doc;
        this.entities = entities;
    }

    /** The entities the phrase headed by token i stands for, the head's own entity first. */
    public List<Entity> resolve(Sentence s, int i) {
        List<Entity> out = new ArrayList<>();
        Entity own = entities.at(s.index(), i);
        if (own != null) {
            out.add(own);
            return out;
        }
        Token t = s.token(i);
        if (t.pos().equals("PRP") && PERSON_PRONOUNS.contains(t.word().toLowerCase())) {
            Entity p = lastPersonBefore(s.index(), t.begin());
            if (p != null) {
                out.add(p);
            }
            return out;
        }
        for (Dependency d : s.children(i)) {
            if (MODIFIER_RELATIONS.contains(d.relation()) || d.base().equals("compound")) {
                for (Entity e : resolveModifier(s, d.dependent())) {
                    if (!out.contains(e)) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private List<Entity> resolveModifier(Sentence s, int i) {
        Entity e = entities.at(s.index(), i);
        if (e != null) {
            return List.of(e);
        }
        List<Entity> out = new ArrayList<>();
        for (Dependency d : s.children(i)) {
            if (d.base().equals("compound") || d.relation().equals("nmod:poss") || d.base().equals("flat")) {
                Entity c = entities.at(s.index(), d.dependent());
                if (c != null && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The person named last before a character offset, for "he said". */
    public Entity lastPersonBefore(int sentence, int offset) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities.all()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.sentence() >= 0 && m.end() <= offset && m.end() > bestEnd && m.sentence() >= sentence - 3) {
                    best = e;
                    bestEnd = m.end();
                }
            }
        }
        return best;
    }

    public AnnotatedArticle article() {
        return doc;
    }
}
