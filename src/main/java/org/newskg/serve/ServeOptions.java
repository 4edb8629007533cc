package org.newskg.serve;

/**
 * How newskg serve runs.
 *
 * @param host           the interface to bind; "localhost" (the default) binds loopback only
 * @param port           the TCP port (0: any free port)
 * @param update         whether SPARQL Update and graph store writes are allowed
 * @param timeoutSeconds the time limit of one query
 */
public record ServeOptions(String host, int port, boolean update, long timeoutSeconds) {
    public static final String DATASET = "/newskg";

    public boolean loopback() {
        return host == null || host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }
}
