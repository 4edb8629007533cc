package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules read, all from readable files under {@code data/lexicon/}: aliases and
 * official names, demonyms, titles (and which of them lead what), and speech verbs.
 */
public final class Lexicon {
    /** A canonical name and its type. */
    public record Canonical(String name, EntityType type) {
    }

    private final Map<String, Canonical> aliases = new HashMap<>();
    /** Keys of aliases written in capitals ("UN", "WHO"): they match only text in capitals, never "Un" or "Who". */
    private final Set<String> capitalsOnly = new HashSet<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> demonymOf = new HashMap<>();
    private final Set<String> countries = new HashSet<>();
    private final Map<String, Boolean> titles = new HashMap<>();
    private final Set<String> titleModifiers = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> notEntities = new HashSet<>();
    private final Map<String, Canonical> adjectives = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Set<String> stateBodies = new HashSet<>();
    private final Set<String> placeNouns = new HashSet<>();
    private final Set<String> photoCredits = new HashSet<>();
    private int longestAlias = 1;

    public static Lexicon load() {
        Lexicon lx = new Lexicon();
        for (String[] r : DataFiles.rows("data/lexicon/demonyms.tsv")) {
            lx.demonyms.put(Names.key(r[0]), r[1]);
            lx.demonymOf.putIfAbsent(Names.key(r[1]), r[0]);
            lx.countries.add(Names.key(r[1]));
        }
        for (String[] r : DataFiles.rows("data/lexicon/demonyms-extra.tsv")) {
            lx.demonyms.put(Names.key(r[0]), r[1]);
            lx.demonymOf.putIfAbsent(Names.key(r[1]), r[0]);
        }
        for (String[] r : DataFiles.rows("data/lexicon/aliases.tsv")) {
            EntityType t = EntityType.valueOf(r[2].toUpperCase(Locale.ROOT));
            lx.aliases.put(Names.key(r[0]), new Canonical(r[1], t));
            if (isCapitals(r[0])) {
                lx.capitalsOnly.add(Names.key(r[0]));
            }
            lx.aliases.putIfAbsent(Names.key(r[1]), new Canonical(r[1], t));
            if (t == EntityType.COUNTRY) {
                lx.countries.add(Names.key(r[1]));
            }
            lx.longestAlias = Math.max(lx.longestAlias, r[0].split("\\s+").length + 1);
        }
        for (String[] r : DataFiles.rows("data/lexicon/titles.tsv")) {
            lx.titles.put(r[0].toLowerCase(Locale.ROOT), r.length > 1 && r[1].equals("leader"));
        }
        for (String line : DataFiles.lines("data/lexicon/title-modifiers.txt")) {
            lx.titleModifiers.add(line.toLowerCase(Locale.ROOT));
        }
        speechVerbsFrom(lx);
        for (String[] r : DataFiles.rows("data/lexicon/adjectives.tsv")) {
            lx.adjectives.put(r[0], new Canonical(r[1], EntityType.valueOf(r[2].toUpperCase(Locale.ROOT))));
        }
        for (String[] r : DataFiles.rows("data/lexicon/capitals.tsv")) {
            lx.capitals.put(Names.key(r[0]), r[1]);
        }
        for (String line : DataFiles.lines("data/lexicon/state-bodies.txt")) {
            lx.stateBodies.add(line.toLowerCase(Locale.ROOT));
        }
        for (String line : DataFiles.lines("data/lexicon/place-nouns.txt")) {
            lx.placeNouns.add(line.toLowerCase(Locale.ROOT));
        }
        for (String line : DataFiles.lines("data/lexicon/photo-credits.txt")) {
            lx.photoCredits.add(line.toLowerCase(Locale.ROOT));
        }
        for (String line : DataFiles.lines("data/lexicon/not-entities.txt")) {
            lx.notEntities.add(Names.key(line));
        }
        return lx;
    }

    private static void speechVerbsFrom(Lexicon lx) {
        for (String line : DataFiles.lines("data/lexicon/speech-verbs.txt")) {
            lx.speechVerbs.add(line.toLowerCase(Locale.ROOT));
        }
    }

    /** The canonical entity an alias, official name or acronym stands for. */
    public Canonical alias(String name) {
        String k = Names.key(name);
        if (capitalsOnly.contains(k) && !isCapitals(name)) {
            return null;
        }
        return aliases.get(k);
    }

    private static boolean isCapitals(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /** The country a demonym or adjectival form points to ("North Koreans" gives North Korea). */
    public String countryOfDemonym(String word) {
        String k = Names.key(word);
        String c = demonyms.get(k);
        if (c == null && k.endsWith("s")) {
            c = demonyms.get(k.substring(0, k.length() - 1));
        }
        return c;
    }

    /** The adjective of a country ("China" gives "Chinese"), or null. */
    public String demonymOf(String country) {
        return demonymOf.get(Names.key(country));
    }

    public boolean isCountry(String name) {
        return countries.contains(Names.key(name));
    }

    /** Null when not a title; true when a holder of the title leads what it names (president, prime minister). */
    public Boolean title(String lowerCasePhrase) {
        return titles.get(lowerCasePhrase);
    }

    public boolean isTitleWord(String word) {
        return titles.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public boolean isTitleModifier(String word) {
        return titleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma);
    }

    /** The organisation a capitalised adjective names ("Republican"), exact case only. */
    public Canonical adjective(String word) {
        return adjectives.get(word);
    }

    /** The country whose capital this is ("Beijing" gives China), or null. */
    public String countryOfCapital(String name) {
        return capitals.get(Names.key(name));
    }

    /** Whether an organisation's name says it is a body of a state ("Foreign Ministry", "Treasury Department"). */
    /** A word of a photo credit or picture agency ("Getty", "Reuters"), any case. */
    public boolean isPhotoCredit(String word) {
        return photoCredits.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun for a kind of place or a part of one ("city", "province", "northeast"), by lemma. */
    public boolean isPlaceNoun(String lemma) {
        return placeNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isStateBody(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String b : stateBodies) {
            if (n.equals(b) || n.endsWith(" " + b) || n.startsWith(b + " ")) {
                return true;
            }
        }
        return false;
    }

    public boolean isNotEntity(String name) {
        return notEntities.contains(Names.key(name));
    }

    public int longestAlias() {
        return longestAlias;
    }
}
