package org.newskg.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.newskg.store.Store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;


/**
 * Runs a SPARQL query (a file such as {@code queries/treaties.rq}, or inline text) over a store and
 * writes the result in the requested format. The usual prefixes (nkg, schema, rdfs, skos, owl,
 * dcterms, xsd, rdf) are declared for the query, so short queries need none.
 */
public final class QueryRunner {
    public static final String PROLOGUE = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    public static final Set<String> SELECT_FORMATS = Set.of("table", "csv", "tsv", "json", "xml");
    public static final Set<String> GRAPH_FORMATS = Set.of("ttl", "nt", "jsonld", "trig", "nq", "rdfxml");

    private QueryRunner() {
    }

    /** The query text for an argument that is a file path or SPARQL itself. */
    public static String text(String queryArg) throws IOException {
        Path p = Path.of(queryArg.length() < 4096 && !queryArg.contains("\n") && !queryArg.contains("{") ? queryArg : ".");
        if (!queryArg.contains("{") && Files.isRegularFile(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        if (!queryArg.contains("{")) {
            throw new IOException("no such query file: " + queryArg);
        }
        return queryArg;
    }

    public static Query parse(String text) {
        try {
            return QueryFactory.create(PROLOGUE + text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Binds query parameters: each name=value replaces the query's trailing VALUES block for ?name
     * (or adds one), as a plain string literal. Values are bound, never spliced into the text, so
     * no input can change the query's structure.
     */
    public static Query withParams(Query q, java.util.Map<String, String> params) {
        if (params == null || params.isEmpty()) {
            return q;
        }
        java.util.List<org.apache.jena.sparql.core.Var> vars = new java.util.ArrayList<>();
        org.apache.jena.sparql.engine.binding.BindingBuilder b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        if (q.hasValues()) {
            // keep the other variables of an existing block, with their first row's values
            for (org.apache.jena.sparql.core.Var v : q.getValuesVariables()) {
                if (!params.containsKey(v.getVarName())) {
                    vars.add(v);
                    q.getValuesData().stream().findFirst().map(r -> r.get(v)).ifPresent(n -> b.add(v, n));
                }
            }
        }
        for (java.util.Map.Entry<String, String> e : params.entrySet()) {
            org.apache.jena.sparql.core.Var v = org.apache.jena.sparql.core.Var.alloc(e.getKey());
            vars.add(v);
            b.add(v, org.apache.jena.graph.NodeFactory.createLiteralString(e.getValue()));
        }
        Query copy = q.cloneQuery();
        copy.setValuesDataBlock(vars, java.util.List.of(b.build()));
        return copy;
    }

    /** Runs the query and writes its result to out in format (see SELECT_FORMATS and GRAPH_FORMATS). */
    public static void run(Store store, Query query, String format, long timeoutSeconds, OutputStream out) {
        String f = format.toLowerCase(Locale.ROOT);
        store.query(query, qe -> {
            qe.getContext().set(org.apache.jena.sparql.util.Symbol.create("http://jena.apache.org/ARQ#queryTimeout"),
                    timeoutSeconds * 1000);
            if (query.isSelectType()) {
                write(qe.execSelect(), f, out, query);
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                if (f.equals("table") || f.equals("csv") || f.equals("tsv")) {
                    new PrintStream(out, true, StandardCharsets.UTF_8).println(b ? "yes" : "no");
                } else {
                    ResultSetMgr.write(out, b, f.equals("xml") ? ResultSetLang.RS_XML : ResultSetLang.RS_JSON);
                }
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, graphFormat(f));
            }
            return null;
        });
    }

    private static void write(ResultSet rs, String f, OutputStream out, Query q) {
        switch (f) {
            case "table" -> ResultSetFormatter.out(out, rs, q.getPrologue());
            case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case "xml" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            default -> throw new IllegalArgumentException("format " + f + " is for CONSTRUCT/DESCRIBE; a SELECT takes one of "
                    + String.join(", ", SELECT_FORMATS.stream().sorted().toList()));
        }
    }

    private static RDFFormat graphFormat(String f) {
        return switch (f) {
            case "ttl", "table" -> RDFFormat.TURTLE_PRETTY;
            case "nt", "csv", "tsv" -> RDFFormat.NTRIPLES;
            case "jsonld", "json" -> RDFFormat.JSONLD;
            case "rdfxml", "xml" -> RDFFormat.RDFXML;
            case "trig" -> RDFFormat.TRIG;
            case "nq" -> RDFFormat.NQUADS;
            default -> throw new IllegalArgumentException("unknown format " + f);
        };
    }

}
