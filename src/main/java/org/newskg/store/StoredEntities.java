package org.newskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.extract.EntityType;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the entities of the store that online linking looks at. */
public final class StoredEntities {
    /** A stored entity: its IRI, type, label and other names, as the articles give them. */
    public record StoredEntity(String iri, EntityType type, String label, List<String> altLabels) {
    }

    private StoredEntities() {
    }

    /**
     * Entities (persons, organisations, countries, locations) that no graph links to Wikidata, most
     * mentioned first, then by IRI; at most {@code limit} (0 or less: all). A country is a country,
     * not also a location; an entity with several labels gets the first in code-point order.
     */
    public static List<StoredEntity> unlinked(Store store, int limit) {
        String q = "PREFIX nkg: <" + NKG.NS + ">\n"
                + "PREFIX rdfs: <" + NKG.RDFS + ">\nPREFIX skos: <" + NKG.SKOS + ">\nPREFIX owl: <" + NKG.OWL + ">\n"
                + "SELECT ?e ?type (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR=\"\\u001F\") AS ?alts)"
                + " (COUNT(DISTINCT ?g) AS ?n) WHERE {\n"
                + "  GRAPH ?g { ?e a ?type ; rdfs:label ?l }\n"
                + "  FILTER (?type IN (nkg:Person, nkg:Organization, nkg:Country, nkg:Location))\n"
                + "  FILTER NOT EXISTS { FILTER (?type = nkg:Location) GRAPH ?c { ?e a nkg:Country } }\n"
                + "  FILTER NOT EXISTS { GRAPH ?w { ?e owl:sameAs ?wd }\n"
                + "    FILTER STRSTARTS(STR(?wd), \"" + NKG.WIKIDATA + "\") }\n"
                + "  OPTIONAL { GRAPH ?g { ?e skos:altLabel ?alt } }\n"
                + "}\nGROUP BY ?e ?type\nORDER BY DESC(?n) ?e"
                + (limit > 0 ? "\nLIMIT " + limit : "");
        Query query = QueryFactory.create(q);
        return store.query(query, qe -> {
            Map<String, StoredEntity> out = new LinkedHashMap<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String iri = s.getResource("e").getURI();
                EntityType type = type(s.getResource("type").getURI());
                String label = s.getLiteral("label").getLexicalForm();
                Set<String> alts = new LinkedHashSet<>();
                if (s.contains("alts")) {
                    for (String a : s.getLiteral("alts").getLexicalForm().split("\u001F")) {
                        if (!a.isBlank() && !a.equals(label)) {
                            alts.add(a);
                        }
                    }
                }
                out.putIfAbsent(iri, new StoredEntity(iri, type, label, new ArrayList<>(alts)));
            }
            return List.copyOf(out.values());
        });
    }

    private static EntityType type(String iri) {
        return switch (iri.substring(NKG.NS.length())) {
            case "Person" -> EntityType.PERSON;
            case "Organization" -> EntityType.ORGANIZATION;
            case "Country" -> EntityType.COUNTRY;
            default -> EntityType.LOCATION;
        };
    }
}
