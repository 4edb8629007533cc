package org.newskg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.newskg.query.QueryRunner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The subgraph queries in {@code queries/export/} (read from the classpath) and their parameters.
 * A parameter is an inline {@code VALUES} block at the top of the query's WHERE clause; binding it
 * replaces the block's rows with RDF terms, so user input never becomes query text.
 */
public final class ExportQueries {
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();
    private final Query query;

    private ExportQueries(Query query) {
        this.query = query;
    }

    /** A fresh copy of queries/export/NAME.rq, ready to bind. */
    public static ExportQueries load(String name) {
        String text = TEXT.computeIfAbsent(name, ExportQueries::read);
        return new ExportQueries(QueryRunner.parse(text));
    }

    private static String read(String name) {
        String path = "/queries/export/" + name + ".rq";
        try (InputStream in = ExportQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource " + path + " (is queries/ on the classpath?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the rows of the VALUES block over exactly these variables; null in a row means UNDEF. */
    public ExportQueries bind(List<String> vars, List<List<Node>> rows) {
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        ElementData block = find(vs);
        block.getRows().clear();
        for (List<Node> row : rows) {
            var b = BindingFactory.builder();
            for (int i = 0; i < vs.size(); i++) {
                if (row.get(i) != null) {
                    b.add(vs.get(i), row.get(i));
                }
            }
            block.add(b.build());
        }
        return this;
    }

    /** Binds a one-variable VALUES block to these values (an empty list leaves it as it is). */
    public ExportQueries bindAll(String var, java.util.Collection<Node> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        return bind(List.of(var), values.stream().map(List::of).toList());
    }

    private ElementData find(List<Var> vars) {
        if (query.getQueryPattern() instanceof ElementGroup g) {
            for (Element e : g.getElements()) {
                if (e instanceof ElementData d && d.getVars().equals(vars)) {
                    return d;
                }
            }
        }
        throw new IllegalStateException("query has no VALUES block for " + vars + ":\n" + query);
    }

    /** Runs the SELECT over the dataset (whose read transaction the caller holds), row by row. */
    public void select(DatasetGraph data, long timeoutSeconds, Consumer<Binding> row) {
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(data)).query(query)
                .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.nextBinding());
            }
        }
    }
}
