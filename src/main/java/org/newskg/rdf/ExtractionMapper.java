package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityType;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Extraction;
import org.newskg.extract.Fact;
import org.newskg.extract.Quote;
import org.newskg.extract.Relation;
import org.newskg.ingest.Article;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Maps one article's extraction to its named graph, with the ontology's terms only. Entity
 * descriptions (type, label, other names, links) go into each article's graph that mentions the
 * entity, so the union of graphs describes every entity once per IRI and dropping an article drops
 * exactly what it contributed. Facts are asserted as triples and described by an
 * {@code nkg:Statement} node (rdf:subject/predicate/object) carrying their evidence.
 */
public final class ExtractionMapper {
    private final KnownIris known;

    /** A mapper minting IRIs from QIDs and names only. */
    public ExtractionMapper() {
        this(KnownIris.NONE);
    }

    /** A mapper that reuses the store's IRI for an entity linked after it was first stored (see {@link KnownIris}). */
    public ExtractionMapper(KnownIris known) {
        this.known = known;
    }

    /** What the store knows of the article's linked entities, asked once for all of them. */
    private KnownIris lookUp(Extraction x) {
        if (known == KnownIris.NONE) {
            return known;
        }
        Map<String, List<String>> byQid = new LinkedHashMap<>();
        for (Entity e : x.entities().all()) {
            String qid = IriMinter.qid(e);
            if (qid != null) {
                byQid.merge(qid, IriMinter.nameIris(e), (a, b) -> List.copyOf(new LinkedHashSet<>(
                        java.util.stream.Stream.concat(a.stream(), b.stream()).toList())));
            }
        }
        Map<String, String> answers = byQid.isEmpty() ? Map.of() : known.existingAll(byQid);
        return (qid, names) -> answers.get(qid);
    }

    public ArticleGraph map(Extraction x) {
        Article a = x.article().article();
        String iri = IriMinter.article(a.identityKey());
        Node art = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(art, NKG.rdfType, NKG.Article);
        g.add(art, NKG.source, NodeFactory.createURI(a.source()));
        if (!a.title().isBlank()) {
            g.add(art, NKG.headline, lit(a.title()));
        }
        if (a.published() != null) {
            g.add(art, NKG.datePublished, a.published().length() == 10
                    ? NodeFactory.createLiteralDT(a.published(), XSDDatatype.XSDdate)
                    : NodeFactory.createLiteralDT(a.published(), XSDDatatype.XSDdateTime));
        }
        if (a.dateline() != null) {
            g.add(art, NKG.dateline, lit(a.dateline()));
        }
        a.authors().forEach(n -> g.add(art, NKG.author, lit(n)));
        a.editors().forEach(n -> g.add(art, NKG.editor, lit(n)));
        if (a.language() != null) {
            g.add(art, NKG.inLanguage, lit(a.language()));
        }

        Map<Entity, Node> nodes = new HashMap<>();
        KnownIris answered = lookUp(x);
        for (Entity e : x.entities().all()) {
            Node n = NodeFactory.createURI(IriMinter.entity(e, answered));
            nodes.put(e, n);
            g.add(art, NKG.mentions, n);
            g.add(n, NKG.rdfType, typeOf(e.type()));
            if (e.type() == EntityType.COUNTRY) {
                g.add(n, NKG.rdfType, NKG.Location);
            }
            g.add(n, NKG.label, lit(e.label()));
            e.altLabels().forEach(l -> g.add(n, NKG.altLabel, lit(l)));
            if (e.link() != null) {
                if (e.link().qid() != null) {
                    g.add(n, NKG.sameAs, NodeFactory.createURI(NKG.WIKIDATA + e.link().qid()));
                    g.add(n, NKG.linkMethod, lit(e.link().method()));
                    g.add(n, NKG.linkScore, NodeFactory.createLiteralDT(String.valueOf(e.link().score()), XSDDatatype.XSDdecimal));
                }
                if (e.link().geonamesId() != null) {
                    g.add(n, NKG.sameAs, NodeFactory.createURI(NKG.GEONAMES + e.link().geonamesId() + "/"));
                }
                if (e.link().lat() != null && e.link().lon() != null) {
                    g.add(n, NKG.latitude, NodeFactory.createLiteralDT(String.valueOf(e.link().lat()), XSDDatatype.XSDdecimal));
                    g.add(n, NKG.longitude, NodeFactory.createLiteralDT(String.valueOf(e.link().lon()), XSDDatatype.XSDdecimal));
                }
            }
        }

        int i = 0;
        for (Event ev : x.events()) {
            Node n = NodeFactory.createURI(iri + "#event-" + i++);
            g.add(n, NKG.rdfType, NKG.Event);
            g.add(n, NKG.cameoCode, lit(ev.code()));
            g.add(n, NKG.cameoRoot, lit(ev.code().substring(0, 2)));
            g.add(n, NKG.trigger, lit(ev.trigger()));
            ev.actors().forEach(e -> g.add(n, NKG.actor, nodes.get(e)));
            ev.targets().forEach(e -> g.add(n, NKG.target, nodes.get(e)));
            if (ev.place() != null) {
                g.add(n, NKG.place, nodes.get(ev.place()));
            }
            if (ev.date() != null) {
                g.add(n, NKG.date, ev.date().length() == 10
                        ? NodeFactory.createLiteralDT(ev.date(), XSDDatatype.XSDdate)
                        : NodeFactory.createLiteralDT(ev.date(), XSDDatatype.XSDgYearMonth));
            }
            evidence(g, n, art, ev.evidence());
        }
        i = 0;
        for (Quote q : x.quotes()) {
            Node n = NodeFactory.createURI(iri + "#quote-" + i++);
            g.add(n, NKG.rdfType, NKG.Quote);
            g.add(n, NKG.text, lit(q.text()));
            if (q.speaker() != null) {
                g.add(n, NKG.speaker, nodes.get(q.speaker()));
            }
            evidence(g, n, art, q.evidence());
        }
        i = 0;
        for (Fact f : x.facts()) {
            Node s = nodes.get(f.subject());
            Node p = predicate(f.relation());
            Node o = f.relation().literalObject() ? lit(f.literal()) : nodes.get(f.object());
            if (s == null || o == null) {
                continue;
            }
            g.add(s, p, o);
            if (f.relation() == Relation.SIGNED_TREATY_WITH) {
                g.add(o, p, s);
            }
            Node st = NodeFactory.createURI(iri + "#fact-" + i++);
            g.add(st, NKG.rdfType, NKG.Statement);
            g.add(st, NKG.rdfSubject, s);
            g.add(st, NKG.rdfPredicate, p);
            g.add(st, NKG.rdfObject, o);
            evidence(g, st, art, f.evidence());
        }
        return new ArticleGraph(iri, a.inputName(), g);
    }

    private static void evidence(Graph g, Node n, Node art, Evidence e) {
        g.add(n, NKG.evidence, lit(e.sentence()));
        g.add(n, NKG.inArticle, art);
        g.add(n, NKG.sentenceStart, integer(e.sentenceBegin()));
        g.add(n, NKG.sentenceEnd, integer(e.sentenceEnd()));
        g.add(n, NKG.triggerStart, integer(e.triggerBegin()));
        g.add(n, NKG.triggerEnd, integer(e.triggerEnd()));
    }

    static Node typeOf(EntityType t) {
        return switch (t) {
            case PERSON -> NKG.Person;
            case ORGANIZATION -> NKG.Organization;
            case COUNTRY -> NKG.Country;
            case LOCATION -> NKG.Location;
        };
    }

    static Node predicate(Relation r) {
        return switch (r) {
            case SIGNED_TREATY_WITH -> NKG.signedTreatyWith;
            case STATED_POSITION -> NKG.statedPosition;
            case LEADER_OF -> NKG.leaderOf;
            case AFFILIATED_WITH -> NKG.affiliatedWith;
            case TITLE -> NKG.title;
            case LOCATED_IN -> NKG.locatedIn;
            case PART_OF -> NKG.partOf;
        };
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger);
    }
}
