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

    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame",
            "Lady", "Lord", "Madam", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Prof.");

    private final Lexicon lexicon;
    private final KnownNames knownNames;

    public EntityExtractor(Lexicon lexicon, KnownNames knownNames) {
        this.lexicon = lexicon;
        this.knownNames = knownNames;
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
        candidates = splitRunTogetherNames(candidates);
        ArticleEntities out = new ArticleEntities();
        java.util.Map<Entity, java.util.Map<EntityType, Integer>> votes = new java.util.HashMap<>();
        java.util.Set<Entity> fixedType = new java.util.HashSet<>();
        int next = 0;
        for (Candidate c : candidates) {
            Entity e = findCluster(out, c);
            if (e == null) {
                e = new Entity("e" + next++, c.type(), c.canonical() != null ? c.canonical() : c.name());
                out.add(e);
            }
            if (c.canonical() != null) {
                fixedType.add(e);
                e.setType(c.type());
            }
            votes.computeIfAbsent(e, k -> new java.util.EnumMap<>(EntityType.class)).merge(c.type(), 1, Integer::sum);
            e.addName(c.name());
            e.addMention(c.mention());
            out.index(e, c.mention());
        }
        // NER may type one mention of a name wrongly; the type most mentions agree on wins
        for (Entity e : out.all()) {
            if (!fixedType.contains(e) && e.type() != EntityType.COUNTRY) {
                votes.get(e).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                        .ifPresent(best -> e.setType(best.getKey()));
            }
        }
        return out;
    }

    /**
     * CoreNLP's NER joins adjacent names into one span ("Hillary Clinton Donald Trump" in a run of
     * photo captions). A long person span whose tail (or head) is named on its own elsewhere in
     * the article is split there.
     */
    private static List<Candidate> splitRunTogetherNames(List<Candidate> candidates) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            seen.add(Names.key(c.name()));
        }
        java.util.Set<String> people = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON) {
                people.add(Names.key(c.name()));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Mention m = c.mention();
            String[] words = c.name().split(" ");
            if (c.type() == EntityType.ORGANIZATION && c.canonical() == null && words.length >= 2
                    && words[0].equals(words[0].toUpperCase(java.util.Locale.ROOT))) {
                // "EPA Donald Trump": a photo credit run into a person's name
                String rest = c.name().substring(words[0].length()).strip();
                if (people.contains(Names.key(rest))) {
                    int start = m.begin() + c.name().indexOf(rest);
                    out.add(new Candidate(new Mention(m.sentence(), m.firstToken() + 1, m.lastToken(), start, m.end(), rest),
                            EntityType.PERSON, rest, null, false));
                    continue;
                }
            }
            boolean split = false;
            if (c.type() == EntityType.PERSON && c.canonical() == null && words.length >= 4 && m.sentence() >= 0
                    && m.lastToken() - m.firstToken() + 1 == words.length) {
                for (int k = 2; k <= words.length - 2 && !split; k++) {
                    String left = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                    String right = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                    if (seen.contains(Names.key(right)) || seen.contains(Names.key(left))) {
                        int cut = m.firstToken() + k; // names are built from one token per word
                        int leftEnd = m.begin() + c.name().indexOf(right) - 1;
                        out.add(new Candidate(new Mention(m.sentence(), m.firstToken(), cut - 1, m.begin(), leftEnd, left),
                                c.type(), left, null, false));
                        out.add(new Candidate(new Mention(m.sentence(), cut, m.lastToken(), leftEnd + 1, m.end(), right),
                                c.type(), right, null, false));
                        split = true;
                    }
                }
            }
            if (!split) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt((Candidate c) -> -c.name().length()).thenComparingInt(c -> c.mention().begin()));
        return out;
    }

    private List<Candidate> candidates(Sentence s) {
        List<Candidate> found = new ArrayList<>();
        boolean[] taken = new boolean[s.size()];
        // Lexicon aliases first: they know better than NER what "DPRK" or "the Kremlin" is.
        for (int i = 0; i < s.size(); i++) {
            for (int len = Math.min(lexicon.longestAlias(), s.size() - i); len >= 1; len--) {
                int j = i + len - 1;
                if (!anyNameToken(s, i, j) || isPunct(s.token(j)) && !s.token(j).word().equals(".")) {
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
        found.addAll(demonyms(s, taken));
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
                mark(taken, i, j);
            }
            i = j + 1;
        }
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            Lexicon.Canonical adj = taken[k] ? null : lexicon.adjective(t.word());
            if (adj != null && (t.pos().startsWith("JJ") || t.isProperNoun()) && Set.of("O", "IDEOLOGY", "NATIONALITY", "MISC").contains(t.ner())) {
                found.add(new Candidate(mention(s, k, k), adj.type(), t.word(), adj.name(), true));
                taken[k] = true;
            }
        }
        found.addAll(knownPlaces(s, taken));
        return found;
    }

    /**
     * Demonyms and adjectival forms of countries ("North Korean troops", "Russian forces", "the
     * Chinese"), from the lexicon rather than NER, which tags them inconsistently. A demonym inside a
     * longer name NER found ("American Airlines") is left to that name.
     */
    private List<Candidate> demonyms(Sentence s, boolean[] taken) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int len = Math.min(3, s.size() - i); len >= 1; len--) {
                int j = i + len - 1;
                if (overlaps(taken, i, j) || !startsCapitalised(s.token(i)) || !Character.isLetter(s.token(j).word().charAt(0))) {
                    continue; // "North Koreans —": the dash is no part of the name
                }
                String text = s.span(i, j);
                String country = lexicon.countryOfDemonym(text);
                if (country == null || !wholeNerSpan(s, i, j)) {
                    continue;
                }
                out.add(new Candidate(mention(s, i, j), EntityType.COUNTRY, Names.clean(text), country, true));
                mark(taken, i, j);
                i = j;
                break;
            }
        }
        return out;
    }

    /** Tokens i..j are untagged, or are exactly one NER span (never a piece of a longer name). */
    private static boolean wholeNerSpan(Sentence s, int i, int j) {
        String tag = s.token(i).ner();
        for (int k = i; k <= j; k++) {
            if (!s.token(k).ner().equals(tag)) {
                return false;
            }
        }
        if (tag.equals("O")) {
            return true;
        }
        return (i == 0 || !s.token(i - 1).ner().equals(tag)) && (j + 1 >= s.size() || !s.token(j + 1).ner().equals(tag));
    }

    /** Proper nouns NER left untagged that the gazetteer knows as places ("Kursk"). */
    private List<Candidate> knownPlaces(Sentence s, boolean[] taken) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (taken[i] || !s.token(i).isProperNoun() || s.token(i).hasNer() || !startsCapitalised(s.token(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s.size() && !taken[j + 1] && s.token(j + 1).isProperNoun() && !s.token(j + 1).hasNer()) {
                j++;
            }
            String text = Names.clean(name(s, i, j));
            EntityType type = knownNames.typeOf(text);
            if (type != null && !lexicon.isNotEntity(text)) {
                out.add(new Candidate(mention(s, i, j), type, text, null, false));
                mark(taken, i, j);
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean anyNameToken(Sentence s, int i, int j) {
        for (int k = i; k <= j; k++) {
            if (s.token(k).isProperNoun() || s.token(k).hasNer()) {
                return true;
            }
        }
        return false;
    }

    private Candidate classify(Sentence s, int i, int j, String tag) {
        while (i <= j && (s.token(i).lemma().equals("the") || isPunct(s.token(i)))) {
            i++;
        }
        while (j >= i && (isPunct(s.token(j)) || s.token(j).pos().equals("POS"))) {
            j--;
        }
        if (!tag.equals("ORGANIZATION") || !allCapitals(s.token(i))) {
            // photo credits run into names in scraped text: "GETTY*EPA Donald Trump", "Melania GETTY"
            while (i < j && allCapitals(s.token(i)) && !allCapitals(s.token(i + 1))) {
                i++;
            }
            while (j > i && allCapitals(s.token(j)) && !allCapitals(s.token(j - 1))) {
                j--;
            }
        }
        while (tag.equals("LOCATION") && i < j && lexicon.isPhotoCredit(s.token(j).word())) {
            j--; // "Iraq Getty", "Australia Getty Images": a caption's credit after the place
        }
        while (tag.equals("PERSON") && i < j && (HONORIFICS.contains(s.token(i).word()) || lexicon.isTitleWord(s.token(i).word()))) {
            i++; // "Lady Michelle Obama", "Mr Trump": the name starts after the title
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
        if (type == EntityType.LOCATION && (lexicon.isCountry(text) || knownNames.typeOf(text) == EntityType.COUNTRY)) {
            type = EntityType.COUNTRY;
        }
        if (type == EntityType.ORGANIZATION && lexicon.isCountry(text)) {
            type = EntityType.COUNTRY; // a bare country name NER took for an organisation ("Manila, Philippines Reuters")
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
        String personKey = Names.personKey(c.name());
        for (Entity e : entities.all()) {
            // the same name is the same entity whatever NER typed this mention (type votes decide later)
            if (e.names().stream().anyMatch(n -> Names.key(n).equals(key))) {
                return e;
            }
            if (c.type() == EntityType.PERSON && e.type() == EntityType.PERSON
                    && e.names().stream().anyMatch(n -> Names.personKey(n).equals(personKey))) {
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
        for (Entity e : entities.all()) {
            if (e.type() != c.type() && !(c.type().isPlace() && e.type().isPlace())) {
                continue;
            }
            if (partialName(key, Names.key(e.label())) || isAcronym(c.name(), e.label())) {
                // A short form that fits several full names ("Obama": Barack or Michelle) goes to
                // the one named first, which is the story's usual subject.
                if (partOf == null || firstOffset(e) < firstOffset(partOf)) {
                    partOf = e;
                }
            }
        }
        return partOf;
    }

    private static int firstOffset(Entity e) {
        return e.mentions().stream().filter(m -> m.sentence() >= 0).mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE);
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

    /** A word in capitals of two letters or more ("GETTY", "EPA"), not an initial ("W."). */
    private static boolean allCapitals(Token t) {
        String w = t.word();
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && !w.contains(".");
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
