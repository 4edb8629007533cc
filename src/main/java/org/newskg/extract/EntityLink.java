package org.newskg.extract;

/**
 * What linking found out about an entity: its Wikidata id, GeoNames id and canonical label, how
 * the link was made and how sure it is.
 */
public record EntityLink(String qid, Long geonamesId, String label, String countryQid, Double lat, Double lon,
                         String method, double score) {
}
