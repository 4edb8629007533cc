package org.newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A socket on 127.0.0.1 that must never be connected to: hostile documents point their entities and DTDs here. */
public final class Tripwire implements AutoCloseable {
    private final ServerSocket socket;
    public final AtomicInteger hits = new AtomicInteger();

    public Tripwire() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    hits.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "tripwire");
        t.setDaemon(true);
        t.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
