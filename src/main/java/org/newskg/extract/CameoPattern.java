package org.newskg.extract;

import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One line of {@code data/cameo/patterns.tsv}: a trigger lemma, its conditions and the CAMEO code it gives. */
public record CameoPattern(String code, String trigger, Set<String> objects, Set<String> complements,
                           Set<String> preps, Set<String> obliques, boolean negated, String pos, boolean ownerActs,
                           boolean needsTarget) {

    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "nsubj:pass", "iobj");

    public static List<CameoPattern> load(String path) {
        java.util.Map<String, java.util.Set<String>> evaluative = new java.util.HashMap<>();
        for (String[] r : DataFiles.rows("data/cameo/evaluative.tsv")) {
            evaluative.computeIfAbsent(r[1].equals("+") ? "@positive" : "@negative", k -> new java.util.HashSet<>()).add(r[0]);
        }
        List<CameoPattern> out = new ArrayList<>();
        for (String[] r : DataFiles.rows(path)) {
            if (r.length < 2) {
                throw new IllegalStateException(path + ": a pattern needs a code and a trigger: " + String.join("\t", r));
            }
            Set<String> obj = Set.of(), comp = Set.of(), prep = Set.of(), obl = Set.of();
            boolean neg = false;
            boolean ownerActs = false;
            boolean needsTarget = false;
            String pos = null;
            for (String cond : (r.length > 2 ? r[2] : "").split("\\s+")) {
                if (cond.isEmpty()) {
                    continue;
                }
                if (cond.startsWith("obj=")) {
                    obj = Set.of(cond.substring(4).split("\\|"));
                } else if (cond.startsWith("comp=@")) {
                    comp = Set.copyOf(evaluative.getOrDefault(cond.substring(5), Set.of()));
                } else if (cond.startsWith("comp=")) {
                    comp = Set.of(cond.substring(5).split("\\|"));
                } else if (cond.startsWith("prep=")) {
                    prep = Set.of(cond.substring(5).split("\\|"));
                } else if (cond.startsWith("obl=")) {
                    obl = Set.of(cond.substring(4).split("\\|"));
                } else if (cond.equals("neg")) {
                    neg = true;
                } else if (cond.equals("needs-target")) {
                    needsTarget = true;
                } else if (cond.equals("owner-acts")) {
                    ownerActs = true;
                } else if (cond.equals("noun") || cond.equals("verb")) {
                    pos = cond;
                } else {
                    throw new IllegalStateException(path + ": unknown condition '" + cond + "' for " + r[1]);
                }
            }
            out.add(new CameoPattern(r[0], r[1], obj, comp, prep, obl, neg, pos, ownerActs, needsTarget));
        }
        return out;
    }

    /** Whether the trigger token i of s meets every condition of this pattern. */
    public boolean matches(Sentence s, int i, boolean isNegated) {
        if (negated != isNegated) {
            return false;
        }
        // A trigger is a verb unless its pattern says noun: "states" and "comment" as nouns report nothing.
        if ("noun".equals(pos) ? !s.token(i).isNoun() : !s.token(i).isVerb()) {
            return false;
        }
        if (!objects.isEmpty() && (!hasChild(s, i, d -> OBJECT_RELATIONS.contains(d.relation()) || d.base().equals("obj"), objects)
                || describesItsObject(s, i))) {
            return false;
        }
        if (!complements.isEmpty() && !hasComplement(s, i, complements)) {
            return false;
        }
        if (!preps.isEmpty() && s.children(i).stream().noneMatch(d -> (d.base().equals("obl") || d.base().equals("nmod")
                || d.base().equals("compound") || d.base().equals("advmod")) && preps.contains(d.refinement().isEmpty()
                ? s.token(d.dependent()).lemma() : d.refinement().replace("_", " ")))
                && s.children(i).stream().noneMatch(d -> d.relation().equals("compound:prt") && preps.contains(s.token(d.dependent()).lemma()))) {
            return false;
        }
        return obliques.isEmpty() || hasChild(s, i, d -> d.base().equals("obl") || d.base().equals("nmod"), obliques);
    }

    /**
     * "called the meeting excellent", "called the talks a success": the object is what the words
     * describe (a small clause with an adjective or noun), not what the verb acts on.
     */
    static boolean describesItsObject(Sentence s, int i) {
        for (Dependency d : s.children(i)) {
            int c = d.dependent();
            if (d.base().equals("xcomp") && (s.token(c).pos().startsWith("JJ") || s.token(c).pos().startsWith("NN"))) {
                return true;
            }
            // an adjective after the object noun is said of it (the parser may hang a quoted one
            // on the noun: "called the meeting \"excellent\"")
            if (d.base().equals("obj") && s.children(c).stream().anyMatch(m -> m.dependent() > c
                    && (m.base().equals("dep") || m.base().equals("amod")) && s.token(m.dependent()).pos().startsWith("JJ"))) {
                return true;
            }
        }
        return false;
    }

    /** A complement clause whose head, or an adjective on it ("a very fine man"), has one of the lemmas. */
    static boolean hasComplement(Sentence s, int i, Set<String> lemmas) {
        for (Dependency d : s.children(i)) {
            if (!(d.base().equals("xcomp") || d.base().equals("ccomp") || d.base().equals("advcl"))) {
                continue;
            }
            int c = d.dependent();
            if (lemmas.contains(s.token(c).lemma().toLowerCase()) || lemmas.contains(s.token(c).word().toLowerCase())) {
                return true;
            }
            for (Dependency m : s.children(c)) {
                if (m.base().equals("amod") && lemmas.contains(s.token(m.dependent()).lemma().toLowerCase())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasChild(Sentence s, int i, java.util.function.Predicate<Dependency> rel, Set<String> lemmas) {
        for (Dependency d : s.children(i)) {
            if (rel.test(d) && (lemmas.contains(s.token(d.dependent()).lemma().toLowerCase())
                    || lemmas.contains(s.token(d.dependent()).word().toLowerCase()))) {
                return true;
            }
        }
        return false;
    }
}
