package org.newskg.link.online;

import com.fasterxml.jackson.databind.JsonNode;
import org.newskg.extract.EntityType;
import org.newskg.link.Gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links a stored entity that the gazetteer did not know to a Wikidata item, with the same caution
 * as the offline linker: a wrong link is worse than none.
 *
 * <ol>
 *   <li>{@code wbsearchentities} for the entity's label (English, items, five results);</li>
 *   <li>only results whose English label equals the name are kept (compared as the gazetteer
 *       compares names: case, accents, dots and hyphens aside); an alias match is not enough;</li>
 *   <li>{@code wbgetentities} for those items: their label is checked again, and their type with
 *       {@link TypeRule} (a person must be an instance of human, Q5; places and organisations
 *       fit by class or by description);</li>
 *   <li>exactly one fitting item is linked (score 0.8 when its class fits, 0.7 when only its
 *       description does); two or more are ambiguous and none is linked.</li>
 * </ol>
 * Each entity costs at most two requests, and none when the answers are cached.
 */
public final class WikidataLinker {
    /** The {@code nkg:linkMethod} of links found this way. */
    public static final String METHOD = "wikidata-search";

    /** A stored entity to link: its IRI (kept), type and names. */
    public record Target(String iri, EntityType type, String label, List<String> altLabels) {
    }

    /** What happened to one entity. */
    public enum Outcome { LINKED, NO_MATCH, AMBIGUOUS, TYPE_MISMATCH, FAILED }

    /**
     * A link: the item, its English label and description, how sure, and its English Wikipedia
     * title (for DBpedia) or null.
     */
    public record Found(String qid, String label, String description, double score, String method, String enwikiTitle) {
    }

    /** The outcome for one entity: the link when {@link Outcome#LINKED}, and a reason to show. */
    public record Result(Target target, Outcome outcome, Found found, String reason) {
    }

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]{0,11}");
    private static final int MAX_NAME = 250;

    private final WikidataApi api;

    public WikidataLinker(WikidataApi api) {
        this.api = api;
    }

    public Result link(Target t) {
        String name = t.label() == null ? "" : t.label().strip();
        String key = Gazetteer.normalize(name);
        if (key.isEmpty() || name.length() > MAX_NAME) {
            return new Result(t, Outcome.NO_MATCH, null, "no name to search for");
        }
        try {
            List<String> ids = exactLabels(api.search(name), key);
            if (ids.isEmpty()) {
                return new Result(t, Outcome.NO_MATCH, null, "no item labelled \"" + name + "\"");
            }
            Map<String, Candidate> fits = new LinkedHashMap<>();
            List<String> refused = new ArrayList<>();
            for (Candidate c : candidates(api.entities(ids), key, t.type())) {
                if (c.fit == TypeRule.Fit.NONE) {
                    refused.add(c.qid + (c.description.isEmpty() ? "" : " (" + c.description + ")"));
                } else {
                    fits.putIfAbsent(c.qid, c);
                }
            }
            if (fits.isEmpty()) {
                return new Result(t, Outcome.TYPE_MISMATCH, null, refused.isEmpty()
                        ? "no item labelled \"" + name + "\""
                        : "not a " + kind(t.type()) + ": " + String.join(", ", refused));
            }
            if (fits.size() > 1) {
                List<String> all = fits.values().stream()
                        .map(c -> c.qid + (c.description.isEmpty() ? "" : " (" + c.description + ")")).toList();
                return new Result(t, Outcome.AMBIGUOUS, null, "ambiguous: " + String.join(", ", all));
            }
            Candidate c = fits.values().iterator().next();
            Found f = new Found(c.qid, c.label, c.description, c.fit == TypeRule.Fit.CLASS ? 0.8 : 0.7, METHOD, c.enwiki);
            return new Result(t, Outcome.LINKED, f, c.qid + (c.description.isEmpty() ? "" : " (" + c.description + ")"));
        } catch (OnlineLinkException e) {
            return new Result(t, Outcome.FAILED, null, e.getMessage());
        }
    }

    /** Ids of search results whose label is the name, in the search's order. */
    private static List<String> exactLabels(JsonNode search, String key) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode r : search.path("search")) {
            String id = r.path("id").asText("");
            String label = r.hasNonNull("label") ? r.path("label").asText("") : r.path("display").path("label").path("value").asText("");
            if (QID.matcher(id).matches() && Gazetteer.normalize(label).equals(key)) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    private record Candidate(String qid, String label, String description, TypeRule.Fit fit, String enwiki) {
    }

    /** The items of a wbgetentities answer that still carry the name as English label, with their fit. */
    private static List<Candidate> candidates(JsonNode answer, String key, EntityType type) {
        List<Candidate> out = new ArrayList<>();
        for (JsonNode e : answer.path("entities")) {
            String qid = e.path("id").asText("");
            if (e.has("missing") || !QID.matcher(qid).matches()) {
                continue;
            }
            String label = e.path("labels").path("en").path("value").asText("");
            if (!Gazetteer.normalize(label).equals(key)) {
                continue; // the label changed since the search, or the search matched another language
            }
            String description = e.path("descriptions").path("en").path("value").asText("");
            JsonNode title = e.path("sitelinks").path("enwiki").path("title");
            out.add(new Candidate(qid, label, description, TypeRule.fit(type, instanceOf(e), description),
                    title.isTextual() && !title.asText().isBlank() ? title.asText() : null));
        }
        return out;
    }

    /** The item's P31 values, leaving out deprecated statements and unknown or no values. */
    static Set<String> instanceOf(JsonNode entity) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode st : entity.path("claims").path("P31")) {
            if ("deprecated".equals(st.path("rank").asText())) {
                continue;
            }
            JsonNode v = st.path("mainsnak").path("datavalue").path("value");
            String id = v.path("id").asText("");
            if (id.isEmpty() && v.has("numeric-id")) {
                id = "Q" + v.path("numeric-id").asLong();
            }
            if (QID.matcher(id).matches()) {
                out.add(id);
            }
        }
        return out;
    }

    private static String kind(EntityType t) {
        return switch (t) {
            case PERSON -> "person (instance of human, Q5)";
            case ORGANIZATION -> "organisation";
            case COUNTRY -> "country";
            case LOCATION -> "place";
        };
    }
}
