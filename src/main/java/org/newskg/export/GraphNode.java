package org.newskg.export;

/**
 * An entity as the visual formats draw it. Text fields are raw store text: each format escapes.
 *
 * @param id       a short id unique in the export (n0, n1, ...: valid in every format)
 * @param index    the node's position in the export, most mentioned first (drives initial layouts)
 * @param iri      the entity's IRI
 * @param type     Person, Organization, Country or Location
 * @param wikidata the Wikidata id (Q159) or null
 * @param mentions how many articles in scope mention the entity
 * @param first    the first publication day (yyyy-mm-dd) of those articles, or null
 * @param last     the last one, or null
 */
public record GraphNode(String id, int index, String iri, String label, String type, String wikidata, int mentions,
                        String first, String last) {
}
