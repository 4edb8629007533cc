package org.newskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newskg.rdf.ArticleGraph;

import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;

/**
 * A remote SPARQL 1.1 endpoint (Fuseki or any other) as a store: queries over the protocol,
 * articles written with SPARQL Update (DROP SILENT GRAPH, then INSERT DATA) in one request.
 * The endpoint decides whether its default graph is the union of the named graphs.
 */
public final class RemoteStore implements Store {
    private final String endpoint;

    public RemoteStore(String endpoint) {
        this.endpoint = endpoint;
    }

    private RDFConnection connect() {
        return RDFConnectionRemote.newBuilder().destination(endpoint)
                .queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("data").build();
    }

    @Override
    public void replace(List<ArticleGraph> graphs) {
        UpdateRequest req = UpdateFactory.create();
        for (ArticleGraph ag : graphs) {
            req.add("DROP SILENT GRAPH <" + ag.iri() + ">");
            StringWriter nt = new StringWriter();
            org.apache.jena.riot.RDFDataMgr.write(nt, ag.graph(), org.apache.jena.riot.Lang.NTRIPLES);
            req.add("INSERT DATA { GRAPH <" + ag.iri() + "> { " + nt + " } }");
        }
        try (RDFConnection c = connect()) {
            c.update(req);
        } catch (Exception e) {
            throw new StoreException("endpoint " + endpoint + " refused the update: " + e.getMessage(), e);
        }
    }

    @Override
    public void add(String graphIri, org.apache.jena.graph.Graph g) {
        StringWriter nt = new StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(nt, g, org.apache.jena.riot.Lang.NTRIPLES);
        try (RDFConnection c = connect()) {
            c.update("INSERT DATA { GRAPH <" + graphIri + "> { " + nt + " } }");
        } catch (Exception e) {
            throw new StoreException("endpoint " + endpoint + " refused the update: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> fn) {
        try (RDFConnection c = connect(); QueryExecution qe = c.query(query)) {
            return fn.apply(qe);
        } catch (StoreException e) {
            throw e;
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw new StoreException("endpoint " + endpoint + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> reader) {
        try (RDFConnection c = connect()) {
            return reader.apply(c.fetchDataset().asDatasetGraph());
        } catch (Exception e) {
            throw new StoreException("endpoint " + endpoint + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
    }
}
