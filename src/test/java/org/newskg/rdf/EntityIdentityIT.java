package org.newskg.rdf;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityLink;
import org.newskg.extract.EntityType;
import org.newskg.extract.KnownNames;
import org.newskg.ingest.Article;
import org.newskg.ingest.InputCollector;
import org.newskg.link.EntityLinker;
import org.newskg.link.Gazetteer;
import org.newskg.link.GazetteerLinker;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.StubAnnotator;
import org.newskg.nlp.Token;
import org.newskg.pipeline.IngestRunner;
import org.newskg.store.StoreKnownIris;
import org.newskg.store.TdbStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity IRIs are minted once: an entity stored unlinked keeps its name-based IRI when a later
 * article links it (gaining owl:sameAs), through the real ingest runner and a TDB2 store.
 */
class EntityIdentityIT {
    private static final String E = IriMinter.BASE + "entity/";
    private static final String WD = NKG.WIKIDATA;

    @TempDir
    Path tmp;
    TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(tmp.resolve("store"), true);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The regex stand-in for CoreNLP, with the words of known names tagged as persons. */
    private static final class Tagging implements Annotator {
        private final Set<String> personWords;

        Tagging(Set<String> personWords) {
            this.personWords = personWords;
        }

        @Override
        public AnnotatedArticle annotate(Article a) {
            AnnotatedArticle doc = new StubAnnotator().annotate(a);
            List<Sentence> out = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                List<Token> tokens = s.tokens().stream().map(t -> personWords.contains(t.word())
                        ? new Token(t.index(), t.word(), t.lemma(), "NNP", "PERSON", null, t.begin(), t.end()) : t).toList();
                out.add(new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, List.of(), List.of()));
            }
            return new AnnotatedArticle(a, out);
        }
    }

    private void ingest(String file, String text, EntityLinker linker) throws Exception {
        Path p = tmp.resolve(file);
        Files.writeString(p, text);
        InputCollector collector = new InputCollector(InputCollector.defaultReaders(), System.in);
        List<String> inputs = collector.expand(List.of(p.toString()), r -> { throw new AssertionError(r.error()); });
        IngestRunner.Stats s = new IngestRunner(new Tagging(Set.of("Lena", "Marsh", "Helena")),
                ArticleExtractor.withDefaultData(KnownNames.NONE), linker, 1,
                new PrintStream(System.err, true, StandardCharsets.UTF_8)).run(collector, inputs, store, false);
        assertEquals(1, s.articles.sum());
        assertEquals(0, s.failed.sum());
    }

    private EntityLinker gazetteer(String row) throws Exception {
        Path g = tmp.resolve("gazetteer.tsv");
        Files.writeString(g, "qid\tkind\tlabel\taliases\n" + row + "\n");
        return new GazetteerLinker(Gazetteer.load(List.of(g), false));
    }

    private boolean ask(String where) {
        return store.query(QueryFactory.create("ASK { " + where + " }"), qe -> qe.execAsk());
    }

    private long count(String where) {
        return store.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }"),
                qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void anEntityStoredUnlinkedKeepsItsIriWhenALaterArticleLinksIt() throws Exception {
        String name = "<" + E + "person/lena-marsh>";
        ingest("first.txt", "Lena Marsh arrived in the capital on Monday.\n", EntityLinker.none());
        assertTrue(ask("GRAPH ?g { " + name + " a <" + NKG.NS + "Person> }"), "stored unlinked under its name");
        assertFalse(ask(name + " <" + NKG.OWL + "sameAs> ?x"));

        // the gazetteer learnt about her since: the second article links her
        ingest("second.txt", "Talks went well, Lena Marsh told reporters on Tuesday. Marsh smiled.\n",
                gazetteer("Q99000001\tPERSON\tLena Marsh\tHelena Marsh"));
        assertEquals(2, count("GRAPH ?g { ?a <" + NKG.NS + "mentions> " + name + " }"), "both articles mention one node");
        assertTrue(ask("GRAPH ?g { " + name + " <" + NKG.OWL + "sameAs> <" + WD + "Q99000001> ; <" + NKG.NS + "linkMethod> ?m }"),
                "the node gains owl:sameAs");
        assertFalse(ask("GRAPH ?g { <" + E + "Q99000001> ?p ?o }"), "no second node minted from the QID");

        // a third article naming her by an alias the gazetteer knows reaches the same node
        ingest("third.txt", "Helena Marsh left for Geneva.\n", gazetteer("Q99000001\tPERSON\tLena Marsh\tHelena Marsh"));
        assertEquals(3, count("GRAPH ?g { ?a <" + NKG.NS + "mentions> " + name + " }"));
        assertFalse(ask("GRAPH ?g { <" + E + "Q99000001> ?p ?o }"));
    }

    @Test
    void anEntityNeverStoredUnlinkedGetsItsQidIri() throws Exception {
        ingest("only.txt", "Lena Marsh arrived in the capital on Monday.\n", gazetteer("Q99000001\tPERSON\tLena Marsh\t"));
        assertTrue(ask("GRAPH ?g { <" + E + "Q99000001> a <" + NKG.NS + "Person> ; <" + NKG.OWL + "sameAs> <" + WD + "Q99000001> }"));
        assertFalse(ask("GRAPH ?g { <" + E + "person/lena-marsh> ?p ?o }"));
    }

    private void put(String graph, String nt) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(nt, org.apache.jena.riot.Lang.NTRIPLES).parse(g);
        store.add(graph, g);
    }

    private static String typed(String iri) {
        return "<" + iri + "> <" + NKG.RDF + "type> <" + NKG.NS + "Person> .\n";
    }

    private static String sameAs(String iri, String qid) {
        return "<" + iri + "> <" + NKG.OWL + "sameAs> <" + WD + qid + "> .\n";
    }

    @Test
    void theStoreDecidesInADocumentedOrder() {
        String article = IriMinter.BASE + "article/a1";
        String marsh = E + "person/lena-marsh";
        String other = E + "person/l-marsh";
        KnownIris known = new StoreKnownIris(store);
        assertNull(known.existing("Q1", List.of(marsh)), "nothing stored: mint the QID IRI");

        put(article, typed(marsh));
        assertEquals(marsh, new StoreKnownIris(store).existing("Q1", List.of(marsh)), "the unlinked node is reused");

        // the links graph says another node is this QID: that node wins, whatever the name
        put(LinksGraph.IRI, sameAs(other, "Q1"));
        assertEquals(other, new StoreKnownIris(store).existing("Q1", List.of(marsh)));

        // a node by this name that is another QID is someone else
        assertNull(new StoreKnownIris(store).existing("Q2", List.of(other)));
        put(article, typed(marsh) + sameAs(marsh, "Q3"));
        assertNull(new StoreKnownIris(store).existing("Q2", List.of(marsh)));

        // a QID node already in the store stays the node
        put(article, typed(E + "Q1"));
        assertNull(new StoreKnownIris(store).existing("Q1", List.of(marsh)));
        // malformed QIDs are never asked about
        assertNull(new StoreKnownIris(store).existing("Q1> } #", List.of(marsh)));
    }

    @Test
    void anArticlesEntitiesAreLookedUpTogetherWithTheSameAnswers() {
        String article = IriMinter.BASE + "article/a2";
        String marsh = E + "person/lena-marsh";
        String other = E + "person/l-marsh";
        put(article, typed(marsh) + typed(E + "Q5") + typed(other) + sameAs(other, "Q6") + sameAs(E + "Q7", "Q7"));
        java.util.Map<String, List<String>> ask = new java.util.LinkedHashMap<>();
        ask.put("Q4", List.of(marsh));            // an unlinked node by its name: reused
        ask.put("Q5", List.of(E + "person/x"));  // its QID node is in the store: minted as that
        ask.put("Q6", List.of(marsh));            // another node is this QID: that node
        ask.put("Q7", List.of(E + "person/y"));  // only its own QID node says so: minted
        ask.put("Q8", List.of(E + "person/z"));  // nothing known
        java.util.Map<String, String> together = new StoreKnownIris(store).existingAll(ask);
        assertEquals(java.util.Map.of("Q4", marsh, "Q6", other), together);
        ask.forEach((qid, names) -> assertEquals(together.get(qid), new StoreKnownIris(store).existing(qid, names), qid));
    }

    @Test
    void onlyLinkedEntitiesAskTheStore() {
        Entity e = new Entity("e0", EntityType.PERSON, "Lena Marsh");
        e.link(new EntityLink("Q99000001", null, "Lena Marsh", null, null, null, "gazetteer-label", 0.9));
        assertEquals(List.of(E + "person/lena-marsh"), IriMinter.nameIris(e));
        assertEquals(E + "Q99000001", IriMinter.entity(e, KnownIris.NONE));
        assertEquals(E + "person/lena-marsh", IriMinter.entity(e, (qid, names) -> names.get(0)));
        Entity unlinked = new Entity("e1", EntityType.PERSON, "Zorvath Quill");
        assertEquals(E + "person/zorvath-quill", IriMinter.entity(unlinked, (qid, names) -> {
            throw new AssertionError("an unlinked entity needs no look-up");
        }));
    }
}
