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
    private final Lexicon titles;

    public EntityResolver(AnnotatedArticle doc, ArticleEntities entities, Lexicon lexicon) {
        this.doc = doc;
        this.entities = entities;
        this.titles = lexicon;
    }

    /** The entities the phrase headed by token i stands for, the head's own entity first. */
    public List<Entity> resolve(Sentence s, int i) {
        List<Entity> out = new ArrayList<>();
        Entity own = entities.at(s.index(), i);
        if (own != null) {
            out.add(own);
            if (own.type() == EntityType.LOCATION) {
                // "Russia's Kursk region" stands for the region, and for the country it lies in
                for (Dependency d : s.children(i)) {
                    Entity owner = d.relation().equals("nmod:poss") ? entities.at(s.index(), d.dependent()) : null;
                    if (owner != null && owner != own && owner.type().isPlace()) {
                        out.add(owner);
                    }
                }
            }
            return out;
        }
        Token t = s.token(i);
        if (isAnaphoric(s, i)) {
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

    /**
     * The person a "he", "she" or "the President-elect" points back to: the subject of the last main
     * clause before it whose subject is a named person, skipping clauses whose subject is itself
     * such a pronoun or title (they point further back to the same person). Subjects carry the
     * discourse: in "Obama campaigned for Clinton and said Trump was unfit. He said: …" he is Obama.
     * Falls back to the last person named in the last four sentences.
     */
    public Entity lastPersonBefore(int sentence, int offset) {
        for (int k = sentence; k >= Math.max(0, sentence - 4); k--) {
            Sentence s = doc.sentences().get(k);
            List<Integer> subjects = mainSubjects(s);
            for (int i = subjects.size() - 1; i >= 0; i--) {
                int t = subjects.get(i);
                if (s.token(t).begin() >= offset) {
                    continue;
                }
                Entity e = entityOfPhrase(s, t);
                if (e != null && e.type() == EntityType.PERSON) {
                    return e;
                }
            }
        }
        Entity any = null;
        int anyEnd = -1;
        for (Entity e : entities.all()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.sentence() >= 0 && m.end() <= offset && m.sentence() >= sentence - 3 && m.end() > anyEnd) {
                    any = e;
                    anyEnd = m.end();
                }
            }
        }
        return any;
    }

    /** Whether token i is a pronoun or a bare title ("the President-elect") that stands for a person named before. */
    public boolean isAnaphoric(Sentence s, int i) {
        Token t = s.token(i);
        if (t.pos().equals("PRP") && PERSON_PRONOUNS.contains(t.word().toLowerCase())) {
            return true;
        }
        return entities.at(s.index(), i) == null && (t.ner().equals("TITLE") || titles.isTitleWord(t.word()) || titles.isTitleWord(phrase(s, i)))
                && s.children(i).stream().anyMatch(d -> d.base().equals("det") && s.token(d.dependent()).lemma().equals("the"))
                && s.children(i).stream().noneMatch(d -> entities.at(s.index(), d.dependent()) != null);
    }

    /** The noun phrase headed by i without its determiner ("the President-elect" gives "President-elect"). */
    private static String phrase(Sentence s, int i) {
        int from = i;
        while (from > 0 && s.head(from - 1) == i && !s.relationToHead(from - 1).equals("det")) {
            from--;
        }
        return s.span(from, i);
    }

    private Entity entityOfPhrase(Sentence s, int t) {
        Entity own = entities.at(s.index(), t);
        if (own != null) {
            return own;
        }
        for (Dependency d : s.children(t)) {
            if (d.base().equals("flat") || d.base().equals("compound") || d.base().equals("appos")) {
                Entity e = entities.at(s.index(), d.dependent());
                if (e != null && e.type() == EntityType.PERSON) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Subjects of the sentence's root verb and of verbs coordinated with it, in text order. */
    private static List<Integer> mainSubjects(Sentence s) {
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.head(i) < 0) {
                heads.add(i);
                for (int c : s.children(i, "conj")) {
                    heads.add(c);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            for (Dependency d : s.children(h)) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                    out.add(d.dependent());
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    public AnnotatedArticle article() {
        return doc;
    }
}
