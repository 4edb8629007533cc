package org.newskg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.store.Store;
import org.newskg.store.TdbStore;

/**
 * An embedded Fuseki over the store: the SPARQL Protocol at {@code /newskg/sparql} (and
 * {@code /newskg/query}, {@code /newskg/get}), read-only unless asked, and newskg's page at
 * {@code /}. Queries may not call out (SERVICE is refused: a query from a browser tab or a
 * colleague must not make the server fetch cloud metadata or intranet pages) and stop at the time
 * limit; CORS is off and, on loopback, requests must name a local host (DNS rebinding), so web
 * pages the user visits cannot read the store.
 */
public final class GraphServer implements AutoCloseable {
    private final FusekiServer server;

    private GraphServer(FusekiServer server) {
        this.server = server;
    }

    public static GraphServer start(Store store, ServeOptions options) {
        if (!(store instanceof TdbStore)) {
            throw new IllegalArgumentException("newskg serve serves a TDB2 store directory, not a remote endpoint");
        }
        // Fuseki runs its own transactions on the dataset, so it needs the dataset itself
        DatasetGraph dsg = ((TdbStore) store).dataset();
        dsg.getContext().set(Service.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutSeconds() * 1000));
        FusekiServer.Builder b = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopback())
                .enableCors(false)
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .add(ServeOptions.DATASET, dsg, options.update())
                .addServlet("/*", new PageServlet(store, options.timeoutSeconds()));
        if (options.loopback()) {
            b.addFilter("/*", new LocalHostFilter());
        }
        FusekiServer server = b.build();
        if (!options.loopback()) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(options.host());
                }
            }
        }
        server.start();
        return new GraphServer(server);
    }

    public int port() {
        return server.getHttpPort();
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
