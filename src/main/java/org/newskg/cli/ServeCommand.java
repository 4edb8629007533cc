package org.newskg.cli;

import org.newskg.serve.GraphServer;
import org.newskg.serve.ServeOptions;
import org.newskg.store.Store;
import org.newskg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the store over HTTP: a SPARQL endpoint (an embedded Apache Jena Fuseki) and a page "
                + "to search entities and explore one entity's graph, facts and evidence.", "",
                "  page              http://HOST:PORT/",
                "  SPARQL query      http://HOST:PORT" + ServeOptions.DATASET + "/sparql  (also "
                        + ServeOptions.DATASET + "/query; GET or POST, SPARQL 1.1 Protocol)",
                "  graph store read  http://HOST:PORT" + ServeOptions.DATASET + "/get?graph=ARTICLE-IRI",
                "  with --update     http://HOST:PORT" + ServeOptions.DATASET + "/update and " + ServeOptions.DATASET + "/data",
                "",
                "The default graph is the union of the articles. Federated queries (SERVICE) are refused. "
                        + "The store stays locked while the server runs (stop it with Ctrl-C before an ingest).", ""})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "P", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only). "
                    + "Anything else exposes the store to the network.")
    String host;

    @Option(names = "--localhost", description = "Same as --host localhost (as in fuseki-server).")
    boolean localhost;

    @Option(names = "--update", description = "Allow SPARQL Update and graph store writes (default: read-only).")
    boolean update;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Time limit of one query (default: ${DEFAULT-VALUE} s).")
    long timeout;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535");
        }
        if (timeout < 1) {
            throw new IllegalArgumentException("--timeout must be at least 1 second");
        }
        ServeOptions options = new ServeOptions(localhost ? "localhost" : host, port, update, timeout);
        Store st = Stores.open(store.location(), false);
        GraphServer server;
        try {
            server = GraphServer.start(st, options);
        } catch (RuntimeException e) {
            st.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            st.close();
        }, "newskg-serve-stop"));
        String base = "http://" + (options.loopback() ? "localhost" : options.host()) + ":" + server.port();
        System.err.println("newskg serve: " + base + "/  (SPARQL: " + base + ServeOptions.DATASET + "/sparql, "
                + (update ? "updates allowed" : "read-only") + "; Ctrl-C stops)");
        server.join();
        return ExitCode.OK;
    }
}
