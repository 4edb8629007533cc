package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The newskg ontology's terms ({@code ontology/newskg.ttl}), and the outside vocabulary terms the
 * mapping writes. Every term the project writes comes from here.
 */
public final class NKG {
    public static final String NS = "https://w3id.org/newskg/ontology#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String GEONAMES = "https://sws.geonames.org/";

    // classes
    public static final Node Article = nkg("Article");
    public static final Node Person = nkg("Person");
    public static final Node Organization = nkg("Organization");
    public static final Node Country = nkg("Country");
    public static final Node Location = nkg("Location");
    public static final Node Event = nkg("Event");
    public static final Node Quote = nkg("Quote");
    public static final Node Statement = nkg("Statement");

    // article and entities
    public static final Node mentions = nkg("mentions");
    public static final Node mentionCount = nkg("mentionCount");
    public static final Node linkMethod = nkg("linkMethod");
    public static final Node linkScore = nkg("linkScore");

    // events
    public static final Node cameoCode = nkg("cameoCode");
    public static final Node cameoRoot = nkg("cameoRoot");
    public static final Node trigger = nkg("trigger");
    public static final Node actor = nkg("actor");
    public static final Node target = nkg("target");
    public static final Node place = nkg("place");
    public static final Node date = nkg("date");

    // evidence
    public static final Node evidence = nkg("evidence");
    public static final Node sentenceStart = nkg("sentenceStart");
    public static final Node sentenceEnd = nkg("sentenceEnd");
    public static final Node triggerStart = nkg("triggerStart");
    public static final Node triggerEnd = nkg("triggerEnd");
    public static final Node inArticle = nkg("inArticle");

    // quotes
    public static final Node speaker = nkg("speaker");
    public static final Node text = nkg("text");

    // facts
    public static final Node signedTreatyWith = nkg("signedTreatyWith");
    public static final Node statedPosition = nkg("statedPosition");
    public static final Node leaderOf = nkg("leaderOf");
    public static final Node affiliatedWith = nkg("affiliatedWith");
    public static final Node title = nkg("title");
    public static final Node locatedIn = nkg("locatedIn");
    public static final Node partOf = nkg("partOf");

    // outside vocabularies
    public static final Node rdfType = uri(RDF + "type");
    public static final Node rdfSubject = uri(RDF + "subject");
    public static final Node rdfPredicate = uri(RDF + "predicate");
    public static final Node rdfObject = uri(RDF + "object");
    public static final Node label = uri(RDFS + "label");
    public static final Node altLabel = uri(SKOS + "altLabel");
    public static final Node sameAs = uri(OWL + "sameAs");
    public static final Node source = uri(DCTERMS + "source");
    public static final Node headline = uri(SCHEMA + "headline");
    public static final Node datePublished = uri(SCHEMA + "datePublished");
    public static final Node dateline = uri(SCHEMA + "dateline");
    public static final Node author = uri(SCHEMA + "author");
    public static final Node editor = uri(SCHEMA + "editor");
    public static final Node inLanguage = uri(SCHEMA + "inLanguage");
    public static final Node latitude = uri(SCHEMA + "latitude");
    public static final Node longitude = uri(SCHEMA + "longitude");

    private NKG() {
    }

    private static Node nkg(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
