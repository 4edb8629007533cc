package org.newskg.extract;

import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the entities an article names and makes one entity of every name that stands for it:
 * NER spans, lexicon aliases ("DPRK"), demonyms ("North Korean troops" names North Korea), short
 * forms of a person's full name ("Patel" for "Vedant Patel"), partial names of places and
 * organisations ("Kursk" for "Kursk Oblast") and acronyms ("NATO" for "North Atlantic Treaty
 * Organization"). Titles and pronouns are never entities.
 */
public final class EntityExtractor {
    private static final Set<String> ENTITY_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "NATIONALITY");

    private final Lexicon lexicon;

    public EntityExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A name found in the text before clustering. */
    private record Candidate(Mention mention, EntityType type, String name, String canonical, boolean demonym) {
    }

    public ArticleEntities extract(AnnotatedArticle doc) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            candidates.addAll(candidates(s));
        }
        candidates.addAll(datelineCandidates(doc.article().dateline()));
        // Longest names first, so that short forms find the full name they abbreviate.
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.name().length())
                .thenComparingInt(c -> c.mention().begin()));
        ArticleEntities out = new ArticleEntities();
        int next = 0;
        for (Candidate c : candidates) {
            Entity e = findCluster(out, c);
            if (e == null) {
                e = new Entity("e" + next++, c.type(), c.canonical() != null ? c.canonical() : c.name());
                out.add(e);
            }
            e.addName(c.name());
            e.addMention(c.mention());
            out.index(e, c.mention());
        }
        return out;
    }

    private List<Candidate> candidates(Sentence s) {
        List<Candidate> found = new ArrayList<>();
        boolean[] taken = new boolean[s.size()];
        // Lexicon aliases first: they know better than NER what "DPRK" or "the Kremlin" is.
        for (int i = 0; i < s.size(); i++) {
            for (int len = Math.min(lexicon.longestAlias(), s.size() - i); len >= 1; len--) {
                int j = i + len - 1;
                if (!s.token(j).isProperNoun() && !s.token(j).hasNer()) {
                    continue;
                }
                String text = s.span(i, j);
                Lexicon.Canonical c = lexicon.alias(text);
                if (c != null && startsCapitalised(s.token(i)) && !overlaps(taken, i, j)) {
                    found.add(new Candidate(mention(s, i, j), c.type(), Names.clean(text), c.name(), false));
                    mark(taken, i, j);
                    i = j;
                    break;
                }
            }
        }
        int i = 0;
        while (i < s.size()) {
            String tag = s.token(i).ner();
            if (!ENTITY_TAGS.contains(tag) || taken[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s.size() && s.token(j + 1).ner().equals(tag) && !taken[j + 1]) {
                j++;
            }
            Candidate c = classify(s, i, j, tag);
            if (c != null) {
                found.add(c);
            }
            i = j + 1;
        }
        return found;
    }

    private Candidate classify(Sentence s, int i, int j, String tag) {
        while (i <= j && (s.token(i).lemma().equals("the") || isPunct(s.token(i)))) {
            i++;
        }
        while (j >= i && (isPunct(s.token(j)) || s.token(j).pos().equals("POS"))) {
            j--;
        }
        if (i > j) {
            return null;
        }
        String text = Names.clean(name(s, i, j));
        if (text.isEmpty() || lexicon.isNotEntity(text) || !startsCapitalised(s.token(i))) {
            return null;
        }
        String country = lexicon.countryOfDemonym(text);
        if (tag.equals("NATIONALITY") || (country != null && !tag.equals("PERSON") && !tag.equals("ORGANIZATION"))) {
            return country == null ? null : new Candidate(mention(s, i, j), EntityType.COUNTRY, text, country, true);
        }
        EntityType type = switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            default -> lexicon.isCountry(text) ? EntityType.COUNTRY : EntityType.LOCATION;
        };
        if (type == EntityType.LOCATION && lexicon.isCountry(text)) {
            type = EntityType.COUNTRY;
        }
        return new Candidate(mention(s, i, j), type, text, null, false);
    }

    private List<Candidate> datelineCandidates(String dateline) {
        List<Candidate> out = new ArrayList<>();
        if (dateline == null) {
            return out;
        }
        for (String part : dateline.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Lexicon.Canonical c = lexicon.alias(name);
            EntityType type = c != null ? c.type() : lexicon.isCountry(name) ? EntityType.COUNTRY : EntityType.LOCATION;
            out.add(new Candidate(new Mention(-1, 0, 0, 0, 0, name), type, name, c != null ? c.name() : null, false));
        }
        return out;
    }

    /** The entity this candidate names, if the article already has it. */
    private Entity findCluster(ArticleEntities entities, Candidate c) {
        String key = Names.key(c.canonical() != null ? c.canonical() : c.name());
        for (Entity e : entities.all()) {
            if (compatible(e.type(), c.type()) && e.names().stream().anyMatch(n -> Names.key(n).equals(key))) {
                return e;
            }
            if (c.canonical() != null && Names.key(e.label()).equals(key)) {
                return e;
            }
        }
        if (c.canonical() != null || c.demonym()) {
            return null;
        }
        Entity partOf = null;
        int matches = 0;
        for (Entity e : entities.all()) {
            if (e.type() != c.type() && !(c.type().isPlace() && e.type().isPlace())) {
                continue;
            }
            if (partialName(key, Names.key(e.label())) || isAcronym(c.name(), e.label())) {
                if (partOf == null) {
                    partOf = e;
                }
                matches++;
            }
        }
        // A short form that fits several full names ("Trump": Donald or Melania) goes to the one
        // named first, which is the story's usual subject.
        return matches >= 1 ? partOf : null;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || (a.isPlace() && b.isPlace()) || a == EntityType.COUNTRY || b == EntityType.COUNTRY;
    }

    /** "patel" in "vedant patel", "kim" in "kim jong un", "kursk" in "kursk oblast": whole words at either end. */
    static boolean partialName(String shortKey, String fullKey) {
        if (shortKey.length() >= fullKey.length() || shortKey.isEmpty()) {
            return false;
        }
        return fullKey.startsWith(shortKey + " ") || fullKey.endsWith(" " + shortKey);
    }

    /** "NATO" for "North Atlantic Treaty Organization". */
    static boolean isAcronym(String shortName, String full) {
        String s = shortName.replace(".", "");
        if (s.length() < 2 || !s.equals(s.toUpperCase(Locale.ROOT))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : full.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(s);
    }

    /** The span's text without brackets an editor inserted ("[Russian President Vladimir] Putin"). */
    private static String name(Sentence s, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            String w = s.token(k).word();
            if (w.equals("[") || w.equals("]") || w.equals("(") || w.equals(")")) {
                continue;
            }
            if (sb.length() > 0 && (k == i || s.token(k).begin() > s.token(k - 1).end() || isBracket(s.token(k - 1)))) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static boolean isBracket(Token t) {
        return "[]()".contains(t.word());
    }

    private static Mention mention(Sentence s, int i, int j) {
        return new Mention(s.index(), i, j, s.token(i).begin(), s.token(j).end(), s.span(i, j));
    }

    private static boolean startsCapitalised(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
    }

    private static boolean isPunct(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().codePointAt(0));
    }

    private static boolean overlaps(boolean[] taken, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int i, int j) {
        for (int k = i; k <= j; k++) {
            taken[k] = true;
        }
    }
}
