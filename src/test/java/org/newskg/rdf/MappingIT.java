package org.newskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Extraction;
import org.newskg.ingest.PlainTextReader;
import org.newskg.ingest.RawInput;
import org.newskg.ingest.ReadResult;
import org.newskg.testing.SharedNlp;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RDF written for the sample article conforms to the SHACL shapes and uses only declared, documented terms. */
class MappingIT {
    static Graph graph;

    @BeforeAll
    static void map() throws Exception {
        Path sample = Path.of("data/samples/seed.txt");
        List<ReadResult> read = new ArrayList<>();
        new PlainTextReader().read(new RawInput("seed.txt", sample.toAbsolutePath().toUri().toString(), Files.readAllBytes(sample)), read::add);
        Extraction x = SharedNlp.extractor().extract(SharedNlp.annotator().annotate(read.get(0).article()));
        graph = new ExtractionMapper().map(x).graph();
    }

    @Test
    void conformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!report.conforms()) {
            ShLib.printReport(out, report);
        }
        assertTrue(report.conforms(), out.toString());
    }

    @Test
    void everyTermWrittenIsDeclaredWithALabelAndAComment() {
        Graph onto = RDFDataMgr.loadGraph("ontology/newskg.ttl");
        Set<Node> used = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            used.add(t.getPredicate());
            if (t.getPredicate().equals(NKG.rdfType)) {
                used.add(t.getObject());
            }
        });
        for (Node term : used) {
            if (!term.getURI().startsWith(NKG.NS)) {
                continue;
            }
            assertTrue(onto.contains(term, RDFS.label.asNode(), Node.ANY), "no rdfs:label for " + term);
            assertTrue(onto.contains(term, RDFS.comment.asNode(), Node.ANY), "no rdfs:comment for " + term);
        }
        assertFalse(used.isEmpty());
    }

    @Test
    void everyIriIsValid() {
        graph.find().forEachRemaining((Triple t) -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    org.apache.jena.irix.IRIx.create(n.getURI()); // throws on an invalid IRI
                    assertTrue(n.getURI().matches("\\S+"), n.getURI());
                }
            }
        });
    }
}
