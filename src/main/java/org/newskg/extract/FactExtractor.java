package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Facts between entities beyond titles: treaties from signing events and "a pact between X and
 * Y", stated positions from quotes and reported speech ("reaffirmed Beijing's stance that …",
 * "called for …", "declined to comment"), places within places ("Russia's Kursk region",
 * "Yeosu, South Korea", the dateline) and bodies of a state ("the U.S. State Department").
 */
public final class FactExtractor {
    private static final Set<String> AGREEMENT_NOUNS = Set.of("treaty", "pact", "agreement", "accord", "deal", "partnership");
    private static final Set<String> STANCE_NOUNS = Set.of("stance", "position", "view", "belief", "assertion", "claim", "line");
    private static final Set<String> POSITION_VERBS = Set.of("say", "reaffirm", "reiterate", "insist", "argue", "claim",
            "state", "stress", "warn", "believe", "maintain", "add", "note", "tell", "vow", "pledge", "promise", "deny",
            "call", "urge", "decline", "express");

    private final Lexicon lexicon;

    public FactExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public void extract(AnnotatedArticle doc, ArticleEntities entities, Roles roles, List<Event> events,
                        List<Quote> quotes, List<Fact> facts) {
        EntityResolver resolver = new EntityResolver(doc, entities, lexicon);
        treaties(doc, events, resolver, roles, facts);
        for (Quote q : quotes) {
            if (q.speaker() != null) {
                for (Entity who : speakers(q.speaker(), roles)) {
                    facts.add(Fact.literal(who, Relation.STATED_POSITION, q.text(), q.evidence()));
                }
            }
        }
        for (Sentence s : doc.sentences()) {
            positions(s, resolver, roles, facts);
            places(s, entities, facts);
            placesIn(s, entities, facts);
            bodies(s, entities, facts);
        }
        dateline(doc, entities, facts);
    }

    /** A person's words are also the position of the country or body they speak for. */
    private static List<Entity> speakers(Entity speaker, Roles roles) {
        List<Entity> out = new ArrayList<>(List.of(speaker));
        if (speaker.type() == EntityType.PERSON) {
            roles.groupsOf(speaker).stream().filter(g -> g.type() != EntityType.PERSON).limit(2).forEach(out::add);
        }
        return out;
    }

    private void treaties(AnnotatedArticle doc, List<Event> events, EntityResolver resolver, Roles roles, List<Fact> facts) {
        for (Event e : events) {
            if (!e.code().startsWith("057")) {
                continue;
            }
            List<Entity> sides = new ArrayList<>();
            sides.add(stateOf(e.actors(), roles));
            sides.add(stateOf(e.targets(), roles));
            if (sides.get(0) != null && sides.get(1) != null && sides.get(0) != sides.get(1)) {
                facts.add(Fact.between(sides.get(0), Relation.SIGNED_TREATY_WITH, sides.get(1), e.evidence()));
            }
        }
        // "a military cooperation pact between Russia and North Korea"
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!AGREEMENT_NOUNS.contains(s.token(i).lemma().toLowerCase()) || !s.token(i).isNoun()) {
                    continue;
                }
                for (Dependency d : s.children(i)) {
                    if (!d.relation().equals("nmod:between")) {
                        continue;
                    }
                    List<Entity> parties = new ArrayList<>(resolver.resolve(s, d.dependent()));
                    for (int c : s.children(d.dependent(), "conj")) {
                        parties.addAll(resolver.resolve(s, c));
                    }
                    List<Entity> states = parties.stream().filter(p -> p.type() != EntityType.LOCATION).distinct().toList();
                    if (states.size() == 2) {
                        facts.add(Fact.between(states.get(0), Relation.SIGNED_TREATY_WITH, states.get(1), Evidence.of(s, i)));
                    }
                }
            }
        }
    }

    /** The country or organisation a side of a treaty stands for: itself, or the group its leader leads. */
    private static Entity stateOf(List<Entity> side, Roles roles) {
        for (Entity e : side) {
            if (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION) {
                return e;
            }
        }
        for (Entity e : side) {
            for (Entity g : roles.groupsOf(e)) {
                if (g.type() == EntityType.COUNTRY) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Reported speech and stances: the proposition's words from the text. */
    private void positions(Sentence s, EntityResolver resolver, Roles roles, List<Fact> facts) {
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.token(i).lemma().toLowerCase();
            if (!s.token(i).isVerb() || !POSITION_VERBS.contains(lemma)) {
                continue;
            }
            String proposition = proposition(s, i, lemma);
            if (proposition == null || proposition.split("\\s+").length < 2 || insideQuote(s, i)) {
                continue;
            }
            List<Integer> subjects = s.children(i, "nsubj");
            if (subjects.isEmpty() && lexicon.isSpeechVerb(lemma)) {
                int inverted = Attribution.invertedSubject(s, i);
                if (inverted >= 0) {
                    subjects = List.of(inverted);
                }
            }
            for (int subj : subjects) {
                {
                    for (Entity who : resolver.resolve(s, subj)) {
                        if (who.type() != EntityType.LOCATION) {
                            for (Entity w : speakers(who, roles)) {
                                facts.add(Fact.literal(w, Relation.STATED_POSITION, proposition, Evidence.of(s, i)));
                            }
                        }
                    }
                }
            }
        }
    }

    private String proposition(Sentence s, int verb, String lemma) {
        for (Dependency d : s.children(verb)) {
            int c = d.dependent();
            if (d.relation().equals("ccomp")) {
                return clauseText(s, c);
            }
            if (d.relation().equals("obj") && STANCE_NOUNS.contains(s.token(c).lemma().toLowerCase())) {
                for (Dependency a : s.children(c)) {
                    if (a.base().equals("acl") || a.base().equals("ccomp")) {
                        return clauseText(s, a.dependent());
                    }
                }
            }
            if ((lemma.equals("call") || lemma.equals("urge")) && (d.relation().equals("obl:for") || d.relation().equals("obj"))) {
                int[] b = s.subtreeBounds(verb);
                return s.span(verb, Math.min(b[1], lastNonPunct(s, b[1])));
            }
            if (lemma.equals("decline") && d.base().equals("xcomp")) {
                int[] b = s.subtreeBounds(c);
                return s.span(verb, lastNonPunct(s, b[1]));
            }
        }
        return null;
    }

    private static String clauseText(Sentence s, int head) {
        int[] b = s.subtreeBounds(head);
        int from = b[0];
        if (s.token(from).lemma().equals("that")) {
            from++;
        }
        int to = lastNonPunct(s, b[1]);
        return from <= to ? s.span(from, to) : null;
    }

    private static int lastNonPunct(Sentence s, int to) {
        while (to > 0 && !Character.isLetterOrDigit(s.token(to).word().codePointAt(0))) {
            to--;
        }
        return to;
    }

    private static boolean insideQuote(Sentence s, int i) {
        String before = s.text().substring(0, s.token(i).begin() - s.begin());
        long open = before.chars().filter(c -> c == '\u201C').count();
        long close = before.chars().filter(c -> c == '\u201D').count();
        long straight = before.chars().filter(c -> c == '"').count();
        return open > close || straight % 2 == 1;
    }

    /** "Russia's Kursk region" and "Yeosu, South Korea": a place inside a country. */
    private void places(Sentence s, ArticleEntities entities, List<Fact> facts) {
        for (int i = 0; i + 2 < s.size(); i++) {
            Entity a = entities.at(s.index(), i);
            if (a == null || !a.type().isPlace()) {
                continue;
            }
            Entity b = null;
            if (s.token(i + 1).pos().equals("POS")) {
                b = entities.at(s.index(), i + 2);
                int k = i + 2;
                while (b == null && k + 1 < s.size() && (s.token(k).pos().startsWith("JJ") || s.token(k).isProperNoun())) {
                    b = entities.at(s.index(), ++k); // "Russia's southwestern Kursk region"
                }
                if (b != null && b.type() == EntityType.LOCATION && a != b) {
                    facts.add(Fact.between(b, Relation.LOCATED_IN, a, Evidence.of(s, i)));
                }
            } else if (s.token(i + 1).word().equals(",") && a.type() == EntityType.LOCATION) {
                b = entities.at(s.index(), i + 2);
                boolean lastOfA = entities.at(s.index(), i + 1) != a;
                if (b != null && b != a && b.type() == EntityType.COUNTRY && lastOfA) {
                    facts.add(Fact.between(a, Relation.LOCATED_IN, b, Evidence.of(s, i)));
                }
            }
        }
    }

    /**
     * "Dalian in China's northeast", "Yeosu in South Korea", "Dalian, a port city in northeastern
     * China": a place whose "in" phrase (its own, or that of an appositive place noun) names a
     * country, or a part of a country ("China's northeast").
     */
    private void placesIn(Sentence s, ArticleEntities entities, List<Fact> facts) {
        for (int i = 0; i < s.size(); i++) {
            Entity place = entities.at(s.index(), i);
            if (place == null || place.type() != EntityType.LOCATION) {
                continue;
            }
            List<Integer> heads = new ArrayList<>(List.of(i));
            s.children(i, "appos").stream().filter(a -> lexicon.isPlaceNoun(s.token(a).lemma())).forEach(heads::add);
            List<Integer> ins = new ArrayList<>();
            for (int h : heads) {
                ins.addAll(s.children(h, "nmod:in"));
            }
            ins.addAll(nextInPhrase(s, i, place, entities));
            for (int t : ins) {
                Entity country = countryAt(s, t, entities);
                if (country != null && country != place && facts.stream().noneMatch(f -> f.subject() == place
                        && f.relation() == Relation.LOCATED_IN && f.object() == country)) {
                    facts.add(Fact.between(place, Relation.LOCATED_IN, country, Evidence.of(s, i)));
                }
            }
        }
    }

    /**
     * "a firm in Qingdao in China's east": the parser hangs both "in" phrases on the firm, but the
     * second one, right after the place, says where the place is.
     */
    private static List<Integer> nextInPhrase(Sentence s, int i, Entity place, ArticleEntities entities) {
        int end = i;
        while (end + 1 < s.size() && entities.at(s.index(), end + 1) == place) {
            end++;
        }
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.parents(i)) {
            if (d.relation().equals("nmod:in") || d.relation().equals("obl:in")) {
                for (int t : s.children(d.governor(), d.relation())) {
                    int after = end + 1;
                    if (t > end && s.children(t, "case").contains(after) && s.token(after).lemma().equals("in")) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** The country at token t, or whose part token t names ("China's northeast"), or null. */
    private Entity countryAt(Sentence s, int t, ArticleEntities entities) {
        Entity e = entities.at(s.index(), t);
        if (e != null) {
            return e.type() == EntityType.COUNTRY ? e : null;
        }
        if (lexicon.isPlaceNoun(s.token(t).lemma())) {
            for (int p : s.children(t, "nmod:poss")) {
                Entity owner = entities.at(s.index(), p);
                if (owner != null && owner.type() == EntityType.COUNTRY) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** An organisation named with its country in front ("U.S. State Department", "Russian Foreign Ministry"). */
    private void bodies(Sentence s, ArticleEntities entities, List<Fact> facts) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Entity c = entities.at(s.index(), i);
            if (c == null || c.type() != EntityType.COUNTRY) {
                continue;
            }
            int k = i + 1;
            while (k < s.size() && entities.at(s.index(), k) == c) {
                k++;
            }
            if (k < s.size() && s.token(k).pos().equals("POS")) {
                k++;
            }
            Entity org = k < s.size() ? entities.at(s.index(), k) : null;
            if (org != null && org.type() == EntityType.ORGANIZATION && org != c && lexicon.isStateBody(org.label())) {
                facts.add(Fact.between(org, Relation.PART_OF, c, Evidence.of(s, k)));
                qualify(org, c, Names.clean(s.span(i, k - 1)));
            }
        }
    }

    /**
     * "China's Foreign Ministry" was named "Foreign Ministry": a bare state-body name is every
     * state's, so it is qualified by its state ("Chinese Foreign Ministry") to stay one node per body.
     */
    private void qualify(Entity org, Entity country, String asWritten) {
        String label = org.label();
        boolean bare = org.link() == null && org.names().stream().noneMatch(n -> lexicon.countryOfDemonym(n.split(" ")[0]) != null
                || lexicon.isCountry(n.split(" ")[0]) || n.contains(country.label()));
        // the text's own adjective or abbreviation ("U.S.", "Russian"), else the country's demonym
        boolean usable = lexicon.countryOfDemonym(asWritten) != null || asWritten.matches("(\\p{Lu}\\.?){2,4}");
        String prefix = usable ? asWritten : lexicon.demonymOf(country.label());
        if (bare && prefix != null) {
            org.setLabel(prefix + " " + label);
        }
    }

    private void dateline(AnnotatedArticle doc, ArticleEntities entities, List<Fact> facts) {
        String d = doc.article().dateline();
        if (d == null || !d.contains(",")) {
            return;
        }
        String[] parts = d.split(",");
        Entity place = entities.byName(parts[0].strip());
        Entity country = entities.byName(parts[parts.length - 1].strip());
        if (place != null && country != null && place != country && country.type().isPlace()) {
            facts.add(Fact.between(place, Relation.LOCATED_IN, country, new Evidence(d, 0, 0, 0, 0)));
        }
    }
}
