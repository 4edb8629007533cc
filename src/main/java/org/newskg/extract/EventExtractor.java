package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the actions an article reports as CAMEO events, from the patterns in
 * {@code data/cameo/patterns.tsv} matched over the dependency parse: the subject is the actor (the
 * agent of a passive), the object or a prepositional dependent the target, a place from "in X" and
 * a date from the clause. A negated trigger gives no event unless a pattern asks for negation.
 */
public final class EventExtractor {
    private static final Set<String> TARGET_PREPS = Set.of("against", "with", "to", "on", "into", "toward", "towards",
            "at", "over", "from", "between");
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "into", "near", "inside");
    /** Codes whose coordinated subjects act together on each other ("Putin and Kim signed"). */
    private static final Set<String> JOINT_ROOTS = Set.of("03", "04", "05", "06");

    private final Map<String, List<CameoPattern>> byTrigger = new HashMap<>();
    private final Lexicon lexicon;

    public EventExtractor(List<CameoPattern> patterns, Lexicon lexicon) {
        this.lexicon = lexicon;
        for (CameoPattern p : patterns) {
            byTrigger.computeIfAbsent(p.trigger(), k -> new ArrayList<>()).add(p);
        }
    }

    public List<Event> extract(AnnotatedArticle doc, ArticleEntities entities, Roles roles) {
        EntityResolver resolver = new EntityResolver(doc, entities, lexicon);
        List<Event> events = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            java.util.Set<Integer> consumed = new java.util.HashSet<>();
            for (int i = 0; i < s.size(); i++) {
                List<CameoPattern> candidates = byTrigger.get(s.token(i).lemma().toLowerCase());
                if (candidates == null || consumed.contains(i)) {
                    continue;
                }
                boolean negated = isNegated(s, i);
                for (CameoPattern p : candidates) {
                    if (!p.matches(s, i, negated)) {
                        continue;
                    }
                    List<Event> found = events(s, i, p, resolver, roles, entities);
                    if (found.isEmpty() && p.needsTarget()) {
                        continue; // praise or criticism of nobody in particular: a plain statement, below
                    }
                    if (!p.complements().isEmpty()) {
                        // "declined to comment" is one event, not a refusal and a comment
                        consumed.addAll(s.children(i, "xcomp", "ccomp", "advcl"));
                    }
                    for (Event e : found) {
                        if (events.stream().noneMatch(o -> sameEvent(o, e))) {
                            events.add(e);
                        }
                    }
                    break;
                }
            }
        }
        return events;
    }

    private List<Event> events(Sentence s, int i, CameoPattern p, EntityResolver resolver, Roles roles, ArticleEntities entities) {
        List<List<Entity>> actors = new ArrayList<>();
        List<Entity> targets = new ArrayList<>();
        boolean passive = false;
        for (Dependency d : s.children(i)) {
            if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
                passive = true;
            }
        }
        if (s.token(i).pos().equals("VBN") && s.relationToHead(i).startsWith("acl")) {
            passive = true; // "the ministry, asked to comment": the ministry was asked, it asked nobody
        }
        for (Dependency d : s.children(i)) {
            String rel = d.relation();
            boolean subject = passive ? rel.equals("obl:agent") || rel.equals("obl:by") : rel.equals("nsubj") || rel.equals("nsubj:xsubj");
            if (!subject && s.token(i).isNoun() && rel.equals("nmod:poss")) {
                subject = true; // "Russia's deployment"
            }
            if (subject) {
                List<Entity> a = withGroups(resolver.resolve(s, d.dependent()), roles, entities);
                if (!a.isEmpty()) {
                    actors.add(a);
                }
            } else if (isTargetRelation(d, passive)) {
                addTargets(targets, resolver.resolve(s, d.dependent()));
                if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                    // "passed sanctions on North Korea", "launched an incursion into Russia's Kursk region"
                    for (Dependency n : s.children(d.dependent())) {
                        if (n.base().equals("nmod") && TARGET_PREPS.contains(n.refinement())) {
                            addTargets(targets, resolver.resolve(s, n.dependent()));
                        }
                    }
                }
            }
        }
        if (!p.complements().isEmpty()) {
            // "said Trump was unfit", "called Obama a very fine man": whom the words are about
            for (Dependency d : s.children(i)) {
                boolean complement = d.base().equals("xcomp") || d.base().equals("ccomp") || d.base().equals("advcl");
                if (complement) {
                    for (int subj : s.children(d.dependent(), "nsubj", "nsubj:pass")) {
                        addTargets(targets, resolver.resolve(s, subj));
                    }
                }
            }
        }
        if (actors.isEmpty() && p.ownerActs() && passive) {
            // "10,000 DPRK soldiers have been sent": the troops' own country sent them
            for (Dependency d : s.children(i)) {
                if (d.relation().equals("nsubj:pass")) {
                    List<Entity> owner = withGroups(resolver.resolve(s, d.dependent()), roles, entities);
                    if (!owner.isEmpty()) {
                        actors.add(owner);
                        targets.removeIf(owner::contains);
                    }
                }
            }
        }
        if (actors.isEmpty()) {
            // a noun trigger with no subject of its own takes the subject of the verb it is object of
            // ("Ukrainian forces launched an incursion"), a controlled verb that of its controller
            int head = s.head(i);
            if (head >= 0 && (s.relationToHead(i).startsWith("obj") || s.relationToHead(i).startsWith("xcomp"))
                    && !CameoPattern.describesItsObject(s, head)) {
                for (Dependency d : s.children(head)) {
                    if (d.relation().equals("nsubj")) {
                        List<Entity> a = withGroups(resolver.resolve(s, d.dependent()), roles, entities);
                        if (!a.isEmpty()) {
                            actors.add(a);
                        }
                    }
                }
            }
        }
        if (actors.isEmpty()) {
            return List.of();
        }
        if (p.needsTarget() && targets.stream().noneMatch(t -> actors.stream().noneMatch(a -> a.contains(t)))) {
            return List.of();
        }
        Entity place = place(s, i, resolver);
        String date = date(s, i);
        targets.removeIf(t -> actors.stream().anyMatch(a -> a.contains(t)) || t == place && place.type() == EntityType.LOCATION);
        Evidence ev = Evidence.of(s, i);
        List<Event> out = new ArrayList<>();
        if (actors.size() > 1 && JOINT_ROOTS.contains(p.code().substring(0, 2)) && targets.isEmpty()) {
            List<Entity> joint = new ArrayList<>();
            actors.subList(1, actors.size()).forEach(joint::addAll);
            out.add(new Event(p.code(), p.trigger(), actors.get(0), joint, place, date, ev));
        } else {
            for (List<Entity> a : actors) {
                out.add(new Event(p.code(), p.trigger(), a, List.copyOf(targets), place, date, ev));
            }
        }
        return out;
    }

    /** One sentence reporting one action twice ("signed a treaty": sign and treaty) gives one event. */
    private static boolean sameEvent(Event a, Event b) {
        return a.evidence().sentenceBegin() == b.evidence().sentenceBegin()
                && a.code().substring(0, 2).equals(b.code().substring(0, 2)) && a.actors().equals(b.actors());
    }

    private static boolean isTargetRelation(Dependency d, boolean passive) {
        String rel = d.relation();
        if (rel.equals("obj") || rel.equals("iobj") || passive && rel.equals("nsubj:pass")) {
            return true;
        }
        return (d.base().equals("obl") || d.base().equals("nmod")) && TARGET_PREPS.contains(d.refinement());
    }

    /**
     * A person acts with the group the article says they speak for ("Patel" acts for the State
     * Department); a capital acts for its country ("Beijing has supported the measures").
     */
    /**
     * The actors found, with the groups a person acts for and the country a capital stands for
     * ("Beijing said"). Other places do not act: "the report said" after "Some visit Yeosu", or a
     * governor's state, are no actors.
     */
    private List<Entity> withGroups(List<Entity> found, Roles roles, ArticleEntities entities) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : found) {
            if (canAct(e) && !out.contains(e)) {
                out.add(e);
            }
            String capitalOf = e.type() == EntityType.LOCATION ? capitalOf(e) : null;
            if (e.type() == EntityType.PERSON) {
                roles.groupsOf(e).stream().filter(g -> canAct(g) && !out.contains(g)).forEach(out::add);
            } else if (capitalOf != null) {
                Entity country = entities.byName(capitalOf);
                if (country != null && !out.contains(country)) {
                    out.add(country);
                }
            }
        }
        return out;
    }

    private boolean canAct(Entity e) {
        return e.type() != EntityType.LOCATION || capitalOf(e) != null;
    }

    /** The country whose capital the place is, by any of its names ("Washington, D.C."), or null. */
    private String capitalOf(Entity place) {
        List<String> names = new ArrayList<>(List.of(place.label()));
        names.addAll(place.names());
        for (String n : names) {
            String country = lexicon.countryOfCapital(n.split(",")[0].strip());
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private static void addTargets(List<Entity> targets, List<Entity> found) {
        for (Entity e : found) {
            if (!targets.contains(e) && (e.type() != EntityType.LOCATION || targets.isEmpty())) {
                targets.add(e);
            }
        }
    }

    private static Entity place(Sentence s, int i, EntityResolver resolver) {
        List<Integer> nodes = new ArrayList<>(List.of(i));
        nodes.addAll(s.children(i, "obj"));
        if (s.head(i) >= 0) {
            nodes.add(s.head(i));
        }
        for (int node : nodes) {
            for (Dependency d : s.children(node)) {
                if ((d.base().equals("obl") || d.base().equals("nmod")) && PLACE_PREPS.contains(d.refinement())) {
                    List<Entity> es = resolver.resolve(s, d.dependent());
                    Entity loc = es.stream().filter(e -> e.type() == EntityType.LOCATION).findFirst()
                            .orElse(es.stream().filter(e -> e.type().isPlace()).findFirst().orElse(null));
                    if (loc != null) {
                        return loc;
                    }
                }
            }
        }
        return null;
    }

    /** A date named in the trigger's clause, as SUTime normalised it against the publication date. */
    private static String date(Sentence s, int i) {
        int[] clause = s.subtreeBounds(clauseHead(s, i));
        for (int t = clause[0]; t <= clause[1]; t++) {
            String norm = s.token(t).normalized();
            if (s.token(t).ner().equals("DATE") && norm != null) {
                if (norm.matches("\\d{4}-\\d{2}-\\d{2}") || norm.matches("\\d{4}-\\d{2}")) {
                    return norm;
                }
            }
        }
        return null;
    }

    private static int clauseHead(Sentence s, int i) {
        int h = i;
        while (s.head(h) >= 0 && !s.token(h).isVerb() && !s.relationToHead(h).equals("root")) {
            h = s.head(h);
        }
        return h;
    }

    static boolean isNegated(Sentence s, int i) {
        for (Dependency d : s.children(i)) {
            String w = s.token(d.dependent()).word().toLowerCase();
            if ((d.base().equals("advmod") || d.base().equals("neg") || d.base().equals("det"))
                    && (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no"))) {
                return true;
            }
        }
        return false;
    }
}
