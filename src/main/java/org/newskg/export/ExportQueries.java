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
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.newskg.query.QueryRunner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The subgraph queries in {@code queries/export/} (read from the classpath) and their parameters.
 * A parameter is an inline {@code VALUES} block in the query's WHERE clause, at the top or inside a
 * sub-select or union branch (a parameter must sit where it restricts the pattern that reads the
 * store, or the store is read whole and filtered afterwards); binding it replaces the rows of every
 * block over those variables with RDF terms, so user input never becomes query text.
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

    /** Replaces the rows of the VALUES blocks over exactly these variables; null in a row means UNDEF. */
    public ExportQueries bind(List<String> vars, List<List<Node>> rows) {
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        List<Binding> bindings = new ArrayList<>();
        for (List<Node> row : rows) {
            var b = BindingFactory.builder();
            for (int i = 0; i < vs.size(); i++) {
                if (row.get(i) != null) {
                    b.add(vs.get(i), row.get(i));
                }
            }
            bindings.add(b.build());
        }
        for (ElementData block : find(vs)) {
            block.getRows().clear();
            bindings.forEach(block::add);
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

    private List<ElementData> find(List<Var> vars) {
        List<ElementData> found = new ArrayList<>();
        collect(query.getQueryPattern(), vars, found);
        if (found.isEmpty()) {
            throw new IllegalStateException("query has no VALUES block for " + vars + ":\n" + query);
        }
        return found;
    }

    /** The VALUES blocks over vars in this pattern, including those of its sub-selects. */
    private static void collect(Element pattern, List<Var> vars, List<ElementData> into) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementData d) {
                if (d.getVars().equals(vars)) {
                    into.add(d);
                }
            }

            @Override
            public void visit(ElementSubQuery sub) {
                collect(sub.getQuery().getQueryPattern(), vars, into);
            }
        });
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
