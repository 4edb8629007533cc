package org.newskg.export;

import org.apache.jena.riot.RDFFormat;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registry of export formats: a new format is one class and one line here. */
public final class Exporters {
    private static final Map<String, Exporter> BY_NAME = new LinkedHashMap<>();

    static {
        register(new RdfExporter("trig", RDFFormat.TRIG_BLOCKS, true));
        register(new RdfExporter("nq", RDFFormat.NQUADS, true));
        register(new RdfExporter("ttl", RDFFormat.TURTLE_BLOCKS, false));
        register(new RdfExporter("jsonld", RDFFormat.JSONLD11_PRETTY, false));
        register(new JsonLdArticleExporter());
        register(new GraphExporter("graphml", "the entity graph as GraphML, with yEd labels and colours", GraphmlSink::new));
        register(new GraphExporter("gexf", "the entity graph as GEXF 1.3 for Gephi, with a timeline", GexfSink::new));
        register(new GraphExporter("cytoscape", "the entity graph as Cytoscape JSON (desktop and Cytoscape.js)",
                out -> new CytoscapeSink(out, false)));
        register(new GraphExporter("dot", "the entity graph as Graphviz DOT", DotSink::new));
        register(new GraphExporter("html", "the entity graph as one offline HTML page to explore in a browser", HtmlSink::new));
    }

    private Exporters() {
    }

    public static void register(Exporter e) {
        BY_NAME.put(e.name(), e);
    }

    public static Exporter get(String name) {
        return BY_NAME.get(name);
    }

    public static Collection<Exporter> all() {
        return BY_NAME.values();
    }
}
