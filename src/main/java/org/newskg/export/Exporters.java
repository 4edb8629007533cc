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
