package org.newskg.link;

import java.util.List;

/**
 * One entity of the gazetteer.
 *
 * @param qid         Wikidata id ({@code Q423}), or null for a GeoNames place that has none
 * @param kind        coarse entity kind
 * @param label       preferred English name
 * @param aliases     other names (never contains the label), immutable
 * @param countryQid  for a country or territory, its sovereign state (itself when sovereign); for
 *                    other entries, the country (or dependent territory) it belongs to; null if
 *                    unknown or disputed
 * @param countryCode ISO 3166-1 alpha-2 code matching {@code countryQid} (for places, the GeoNames
 *                    country code), or null
 * @param geonamesId  GeoNames id, or null
 * @param lat         latitude in degrees (WGS84), or null
 * @param lon         longitude in degrees (WGS84), or null
 * @param population  population, 0 when unknown
 * @param source      where the entry comes from: {@code curated}, {@code country-coder},
 *                    {@code world-countries}, {@code nsi}, {@code geonames}, {@code user}; several
 *                    joined with {@code +} when merged
 */
public record GazetteerEntry(String qid, EntityKind kind, String label, List<String> aliases,
                             String countryQid, String countryCode, Long geonamesId, Double lat,
                             Double lon, long population, String source) {

    public GazetteerEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** True when the entry is a place (country, territory, region or city). */
    public boolean isPlace() {
        return kind == EntityKind.COUNTRY || kind == EntityKind.LOCATION;
    }

    /** The Wikidata IRI of the entity, or null when it has no QID. */
    public String wikidataIri() {
        return qid == null ? null : "http://www.wikidata.org/entity/" + qid;
    }

    /** The GeoNames IRI of the place, or null when it has no GeoNames id. */
    public String geonamesIri() {
        return geonamesId == null ? null : "https://sws.geonames.org/" + geonamesId + "/";
    }
}
