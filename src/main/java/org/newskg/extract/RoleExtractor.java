package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the titles people hold and for whom: "NATO Secretary General Mark Rutte", "Russian
 * President Vladimir Putin", "the U.S. State Department's spokesperson Matthew Miller", "Vedant
 * Patel, principal deputy spokesperson for the U.S. State Department". Gives {@code title},
 * {@code leaderOf} (for titles that lead what they name) and {@code affiliatedWith} facts, and
 * the {@link Roles} that events and quotes use to speak of a person's country or organisation.
 */
public final class RoleExtractor {
    private static final Set<String> LINK_WORDS = Set.of("for", "of", "at", "to");
    /** Group nouns a title may carry without naming the group ("the ministry spokesperson"). */
    private static final Set<String> GROUP_NOUNS = Set.of("ministry", "department", "agency", "government", "embassy",
            "office", "military", "army", "council", "commission", "committee", "party", "company", "bank", "police");

    private final Lexicon lexicon;

    public RoleExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Roles extract(AnnotatedArticle doc, ArticleEntities entities, List<Fact> facts) {
        Roles roles = new Roles();
        EntityResolver resolver = new EntityResolver(doc, entities, lexicon);
        for (Entity person : entities.all()) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : person.mentions()) {
                if (m.sentence() < 0) {
                    continue;
                }
                Sentence s = doc.sentences().get(m.sentence());
                readBefore(s, m, person, entities, facts, roles, resolver);
                readAfter(s, m, person, entities, facts, roles);
                readApposition(s, m, person, entities, facts, roles);
            }
        }
        return roles;
    }

    /** Title words right before the name, and the group named before them. */
    private void readBefore(Sentence s, Mention m, Entity person, ArticleEntities entities, List<Fact> facts, Roles roles,
                            EntityResolver resolver) {
        int k = m.firstToken() - 1;
        if (k >= 1 && s.token(k).word().equals(",") && isTitleToken(s.token(k - 1))) {
            k--; // "a foreign ministry spokesman, Geng Shuang"
        }
        int end = k;
        while (k >= 0) {
            int width = multiWordTitle(s, k);
            if (width > 0) {
                k -= width; // "First Lady", "Secretary of State": titles of several words, not all of them titles
            } else if (isTitleToken(s.token(k)) || (s.token(k).word().equals("-") && k > 0 && isTitleToken(s.token(k - 1)))
                    || k > 0 && s.token(k - 1).word().equals("-") && lexicon.title(s.span(Math.max(0, k - 2), k).toLowerCase()) != null) {
                k--;
            } else {
                break;
            }
        }
        int start = k + 1;
        if (start > end || !hasTitleHead(s, start, end)) {
            return;
        }
        String title = s.span(start, end);
        Evidence ev = Evidence.of(s, end);
        facts.add(Fact.literal(person, Relation.TITLE, title, ev));
        int g = start - 1;
        if (g >= 0 && s.token(g).pos().equals("POS")) {
            g--;
        }
        Entity group = g >= 0 ? entities.at(s.index(), g) : null;
        if (group == null) {
            group = groupNamedEarlier(s, start, end, resolver);
        }
        if (group == null && hasGroupNoun(s, start, end)) {
            group = datelineCountry(resolver.article(), entities);
        }
        if (group != null && group != person && group.type() != EntityType.PERSON) {
            // "Republican President George W. Bush": a party adjective says whose member, not whose leader
            boolean adjective = g >= 0 && s.token(g).pos().startsWith("JJ") && group.type() == EntityType.ORGANIZATION;
            boolean former = g > 0 && Set.of("former", "ex", "then").contains(s.token(g - 1).word().toLowerCase());
            relate(person, group, adjective || former ? "member" : title, ev, facts, roles);
        }
    }

    private static boolean hasGroupNoun(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (GROUP_NOUNS.contains(s.token(i).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wire-service convention: "a foreign ministry spokesman" in a story datelined Beijing speaks for
     * China. The dateline's country (its last part, or the country whose capital it names), if the
     * article names that country.
     */
    private Entity datelineCountry(AnnotatedArticle doc, ArticleEntities entities) {
        String d = doc.article().dateline();
        if (d == null) {
            return null;
        }
        String[] parts = d.split(",");
        String last = parts[parts.length - 1].strip();
        Entity e = entities.byName(last);
        if (e != null && e.type() == EntityType.COUNTRY) {
            return e;
        }
        String country = lexicon.countryOfCapital(parts[0].strip());
        return country == null ? null : entities.byName(country);
    }

    /**
     * "the ministry spokesperson Lin Jian" after "China's foreign ministry": a group noun in the title
     * refers to the last phrase with that noun, and so to the entity that phrase names.
     */
    private static Entity groupNamedEarlier(Sentence s, int from, int to, EntityResolver resolver) {
        for (int i = from; i <= to; i++) {
            String noun = s.token(i).lemma().toLowerCase();
            if (!GROUP_NOUNS.contains(noun)) {
                continue;
            }
            List<Sentence> all = resolver.article().sentences();
            for (int k = s.index(); k >= Math.max(0, s.index() - 8); k--) {
                Sentence earlier = all.get(k);
                int last = k == s.index() ? from - 1 : earlier.size() - 1;
                for (int t = last; t >= 0; t--) {
                    if (earlier.token(t).lemma().equalsIgnoreCase(noun)) {
                        List<Entity> es = resolver.resolve(earlier, t);
                        if (!es.isEmpty()) {
                            return es.get(0);
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * "the Republican leaders in Congress, Paul Ryan and Mitch McConnell": people listed after a
     * plural role noun belong to the groups named around that noun. Read from the token sequence,
     * because parsers attach such lists anywhere in the clause.
     */
    private void readApposition(Sentence s, Mention m, Entity person, ArticleEntities entities, List<Fact> facts, Roles roles) {
        int k = m.firstToken() - 1;
        boolean comma = false;
        while (k >= 0) {
            String w = s.token(k).word();
            Entity e = entities.at(s.index(), k);
            if (w.equals(",")) {
                comma = true;
            } else if (!(w.equals("and") || e != null && e.type() == EntityType.PERSON)) {
                break;
            }
            k--;
        }
        if (!comma || k < 0 || !s.token(k - 0).isNoun() && entities.at(s.index(), k) == null) {
            return;
        }
        int role = -1;
        for (int t = k; t >= Math.max(0, k - 5); t--) {
            if (s.token(t).isVerb() || s.token(t).word().equals(",")) {
                break;
            }
            if (s.token(t).pos().equals("NNS") && lexicon.isTitleWord(s.token(t).lemma())) {
                role = t;
                break;
            }
        }
        if (role < 0) {
            return;
        }
        Evidence ev = Evidence.of(s, role);
        facts.add(Fact.literal(person, Relation.TITLE, s.token(role).lemma(), ev));
        for (int t = Math.max(0, role - 3); t <= k; t++) {
            Entity g = entities.at(s.index(), t);
            if (g != null && g.type() == EntityType.ORGANIZATION) {
                roles.add(person, g);
                facts.add(Fact.between(person, Relation.AFFILIATED_WITH, g, ev));
            }
        }
    }

    /** ", principal deputy spokesperson for the U.S. State Department" after the name. */
    private void readAfter(Sentence s, Mention m, Entity person, ArticleEntities entities, List<Fact> facts, Roles roles) {
        int k = m.lastToken() + 1;
        if (k >= s.size() || !s.token(k).word().equals(",")) {
            return;
        }
        k++;
        while (k < s.size() && Set.of("the", "a", "an").contains(s.token(k).word().toLowerCase())) {
            k++;
        }
        int start = k;
        Entity before = null;
        // "Vedant Patel, NATO's secretary general" or "Patel, U.S. spokesperson"
        while (k < s.size() && entities.at(s.index(), k) != null && entities.at(s.index(), k).type() != EntityType.PERSON) {
            before = entities.at(s.index(), k);
            k++;
        }
        if (k < s.size() && s.token(k).pos().equals("POS")) {
            k++;
        }
        int titleStart = k;
        while (k < s.size() && isTitleToken(s.token(k))) {
            k++;
        }
        int end = k - 1;
        if (end < titleStart || !hasTitleHead(s, titleStart, end)) {
            return;
        }
        String title = s.span(titleStart, end);
        Evidence ev = Evidence.of(s, end);
        facts.add(Fact.literal(person, Relation.TITLE, title, ev));
        Entity group = before;
        if (k < s.size() && LINK_WORDS.contains(s.token(k).word().toLowerCase())) {
            List<Entity> named = new ArrayList<>();
            for (int t = k + 1; t < s.size() && !isPunct(s.token(t)) && !s.token(t).isVerb(); t++) {
                Entity e = entities.at(s.index(), t);
                if (e != null && e != person && !named.contains(e)) {
                    named.add(e);
                }
            }
            // "for the U.S. State Department": the organisation, not the country before it
            group = named.stream().filter(e -> e.type() == EntityType.ORGANIZATION).findFirst()
                    .orElse(named.isEmpty() ? group : named.get(named.size() - 1));
        }
        if (group != null && group.type() != EntityType.PERSON) {
            relate(person, group, title, ev, facts, roles);
        }
        if (start < titleStart && before != null && group != before) {
            roles.add(person, before);
        }
    }

    private void relate(Entity person, Entity group, String title, Evidence ev, List<Fact> facts, Roles roles) {
        roles.add(person, group);
        if (isLeaderTitle(title)) {
            facts.add(Fact.between(person, Relation.LEADER_OF, group, ev));
        }
        if (group.type() == EntityType.ORGANIZATION || group.type() == EntityType.COUNTRY && !isLeaderTitle(title)) {
            // an official of a state who does not lead it ("the ministry spokesperson") works for it
            facts.add(Fact.between(person, Relation.AFFILIATED_WITH, group, ev));
        }
    }

    private boolean isLeaderTitle(String title) {
        String t = title.toLowerCase().replaceAll("\\s*-\\s*", "-").strip();
        if (t.startsWith("former ") || t.startsWith("vice ") || t.startsWith("deputy ") || t.contains("-elect")) {
            return false;
        }
        Boolean exact = lexicon.title(t);
        if (exact != null) {
            return exact;
        }
        String[] words = t.split("\\s+");
        String last = words[words.length - 1];
        String lastTwo = words.length >= 2 ? words[words.length - 2] + " " + last : last;
        Boolean two = lexicon.title(lastTwo);
        return two != null ? two : Boolean.TRUE.equals(lexicon.title(last));
    }

    /** The number of tokens (2 to 4) of a lexicon title ending at token k, or 0. */
    private int multiWordTitle(Sentence s, int k) {
        for (int w = Math.min(4, k + 1); w >= 2; w--) {
            if (lexicon.title(s.span(k - w + 1, k).toLowerCase()) != null) {
                return w;
            }
        }
        return 0;
    }

    private boolean isTitleToken(Token t) {
        return t.ner().equals("TITLE") || lexicon.isTitleWord(t.word()) || lexicon.isTitleWord(t.lemma())
                || lexicon.isTitleModifier(t.word());
    }

    private boolean hasTitleHead(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (lexicon.isTitleWord(s.token(i).word()) || lexicon.isTitleWord(s.token(i).lemma()) || s.token(i).ner().equals("TITLE")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunct(Token t) {
        return !Character.isLetterOrDigit(t.word().codePointAt(0));
    }
}
