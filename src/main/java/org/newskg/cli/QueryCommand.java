package org.newskg.cli;

import org.apache.jena.query.Query;
import org.newskg.query.QueryRunner;
import org.newskg.store.Store;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Answer a SPARQL query over the store. The default graph is the union of all articles; "
                + "GRAPH ?g selects one article. The usual prefixes (nkg, schema, rdfs, skos, owl, dcterms, xsd) "
                + "are predeclared."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = {"--format", "--results"}, paramLabel = "F", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT/ASK); ttl, nt, jsonld, trig, nq (CONSTRUCT/DESCRIBE). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Query time limit (default: ${DEFAULT-VALUE} s).")
    long timeout;

    @Option(names = {"--param", "-p"}, paramLabel = "NAME=VALUE",
            description = "Bind ?NAME to the string VALUE (replaces the query's VALUES for it), e.g. --param name=Russia.")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Parameters(paramLabel = "QUERY", description = "A query file (e.g. queries/treaties.rq) or SPARQL text.")
    String query;

    @Override
    public Integer call() throws Exception {
        String f = format.toLowerCase(Locale.ROOT);
        if (!QueryRunner.SELECT_FORMATS.contains(f) && !QueryRunner.GRAPH_FORMATS.contains(f)) {
            throw new IllegalArgumentException("unknown format '" + format + "'");
        }
        Query q = QueryRunner.withParams(QueryRunner.parse(QueryRunner.text(query)), params);
        try (Store st = Stores.open(store.location(), false)) {
            QueryRunner.run(st, q, f, timeout, System.out);
        }
        System.out.flush();
        return ExitCode.OK;
    }
}
