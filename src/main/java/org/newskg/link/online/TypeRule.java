package org.newskg.link.online;

import org.newskg.extract.EntityType;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a Wikidata item can be an entity of a newskg type, read from its "instance of" (P31)
 * values and its English description. No subclass (P279) walk is made, to keep to two requests an
 * entity; an item whose classes are not listed here fits only by its description.
 *
 * <ul>
 *   <li>A person must be an instance of human (Q5); nothing else makes a person.</li>
 *   <li>A human never fits an organisation, country or location, and neither do items that are
 *       clearly something else: disambiguation pages, lists, names, creative works, taxa.</li>
 *   <li>Otherwise an organisation, country or location fits when one of its P31 values is in the
 *       type's list below ({@link Fit#CLASS}), or else when the head of its description (the
 *       words before the first preposition or comma) has a word of the type
 *       ({@link Fit#DESCRIPTION}: "city", "province", "company", "ministry", …).</li>
 *   <li>A country also fits a location (the article may call a country a place), and the
 *       location classes fit a country only when they are country classes.</li>
 * </ul>
 */
public final class TypeRule {
    /** How an item fits a type, best first. */
    public enum Fit { CLASS, DESCRIPTION, NONE }

    static final String HUMAN = "Q5";

    private static final Set<String> NEVER = Set.of(
            "Q4167410", // Wikimedia disambiguation page
            "Q13406463", // Wikimedia list article
            "Q4167836", // Wikimedia category
            "Q101352", "Q202444", "Q12308941", "Q11879590", "Q3409032", // family name, given names
            "Q11424", "Q482994", "Q7366", "Q134556", "Q571", "Q7725634", "Q5398426", "Q21191270", // works
            "Q16521", // taxon
            "Q13442814", // scholarly article
            "Q1656682", // event
            "Q27020041"); // sports season

    private static final Set<String> COUNTRY = Set.of(
            "Q6256", // country
            "Q3624078", // sovereign state
            "Q3024240", // historical country
            "Q7275", // state
            "Q15634554", // state with limited recognition
            "Q1763527", // constituent country
            "Q161243", // dependent territory
            "Q46395", // British overseas territory
            "Q112099", // island nation
            "Q1048835", // political territorial entity
            "Q10711424"); // state with limited recognition (older item)

    private static final Set<String> LOCATION = Set.of(
            "Q515", "Q1549591", "Q1637706", "Q200250", "Q5119", "Q486972", "Q3957", "Q532", "Q7930989", // settlements
            "Q1093829", "Q15284", "Q747074", "Q484170", "Q2074737", "Q262166", "Q1906268", // municipalities
            "Q56061", "Q10864048", "Q13220204", "Q13221722", "Q107390", "Q35657", "Q34876", "Q5852411", "Q28575", // divisions
            "Q1221156", "Q3336843", "Q1620908", "Q82794", "Q123705", "Q2983893", "Q187685", // regions, neighbourhoods
            "Q5107", "Q23442", "Q8502", "Q4022", "Q165", "Q9430", "Q23397", "Q8514", "Q34763", // natural places
            "Q41176", "Q44782", "Q1248784", "Q12280", "Q39614"); // buildings, ports, airports, bridges, cemeteries

    private static final Set<String> ORGANIZATION = Set.of(
            "Q43229", "Q4830453", "Q783794", "Q891723", "Q6881511", "Q167037", "Q658255", "Q1589009", // organisations, companies
            "Q7278", "Q7210356", "Q327333", "Q2659904", "Q192350", "Q484652", "Q245065", "Q1335818", // parties, government
            "Q163740", "Q79913", "Q15911314", "Q48204", "Q1530022", "Q17127659", // associations, militant groups
            "Q11032", "Q1193236", "Q192283", "Q1331793", "Q1616075", "Q15265344", "Q2085381", // media
            "Q176799", "Q8473", "Q2101636", "Q3918", "Q875538", "Q31855", "Q11691", "Q22687", // military, universities, banks
            "Q35749", "Q11204", "Q1752346", "Q10553309", "Q41487", "Q190752", "Q4438121", "Q476028"); // legislatures, courts, sport

    private static final Pattern COUNTRY_WORDS = Pattern.compile(
            "\\b(country|sovereign state|nation|kingdom|republic|principality|emirate|territory)\\b");
    private static final Pattern LOCATION_WORDS = Pattern.compile(
            "\\b(city|town|village|capital|municipality|commune|province|prefecture|county|district|region|"
                    + "oblast|governorate|island|archipelago|river|mountain|lake|sea|desert|peninsula|neighbou?rhood|"
                    + "suburb|settlement|port|border crossing|country|territory|state|county seat|canton|borough)\\b");
    private static final Pattern ORGANIZATION_WORDS = Pattern.compile(
            "\\b(company|corporation|organi[sz]ation|agency|party|ministry|department|government|council|committee|"
                    + "union|association|newspaper|broadcaster|news agency|university|bank|army|navy|air force|military|"
                    + "armed forces|militant group|federation|institute|foundation|court|parliament|legislature|"
                    + "commission|alliance|club|group|conglomerate|manufacturer|airline|charity)\\b");

    private static final Pattern HEAD_END = Pattern.compile(
            "[,;(]| (in|of|on|at|for|from|by|near|based|located|headquartered|that|which|and|with) ");

    private TypeRule() {
    }

    /**
     * The head of a description: the words before the first preposition or comma ("company based in
     * the city of Lagos" gives "company"), so that the words naming another thing do not count.
     */
    static String head(String d) {
        java.util.regex.Matcher m = HEAD_END.matcher(d);
        return m.find() ? d.substring(0, m.start()) : d;
    }

    /** How an item with these P31 values and this English description fits the type. */
    public static Fit fit(EntityType type, Collection<String> instanceOf, String description) {
        String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (type == EntityType.PERSON) {
            return instanceOf.contains(HUMAN) ? Fit.CLASS : Fit.NONE;
        }
        if (instanceOf.contains(HUMAN) || instanceOf.stream().anyMatch(NEVER::contains)) {
            return Fit.NONE;
        }
        Set<String> classes = switch (type) {
            case COUNTRY -> COUNTRY;
            case ORGANIZATION -> ORGANIZATION;
            default -> LOCATION;
        };
        if (instanceOf.stream().anyMatch(classes::contains)
                || type == EntityType.LOCATION && instanceOf.stream().anyMatch(COUNTRY::contains)) {
            return Fit.CLASS;
        }
        Pattern words = switch (type) {
            case COUNTRY -> COUNTRY_WORDS;
            case ORGANIZATION -> ORGANIZATION_WORDS;
            default -> LOCATION_WORDS;
        };
        return words.matcher(head(d)).find() ? Fit.DESCRIPTION : Fit.NONE;
    }
}
