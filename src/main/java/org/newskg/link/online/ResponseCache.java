package org.newskg.link.online;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Answers kept on disk, one file per request url ({@code ab/abcdef….json}, named by the url's
 * SHA-256), written atomically, so a second run asks nothing the first one asked. Only good answers
 * are kept; nothing expires (delete the folder to ask again). A cache that cannot be written is
 * reported once and then skipped: lookups go on.
 */
final class ResponseCache {
    private final Path dir;
    private final long maxBytes;
    private volatile boolean writable = true;

    /** @param dir the folder, or null for no cache */
    ResponseCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The kept answer for this url, or null. */
    byte[] get(String url) {
        if (dir == null) {
            return null;
        }
        Path f = file(url);
        try {
            if (!Files.isRegularFile(f) || Files.size(f) > maxBytes) {
                return null;
            }
            return Files.readAllBytes(f);
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps an answer; after a failed write the cache stops writing (the caller reports it once). */
    void put(String url, byte[] body) throws IOException {
        if (dir == null || !writable) {
            return;
        }
        Path f = file(url);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), ".part-", ".tmp");
            try {
                Files.write(tmp, body);
                try {
                    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            writable = false;
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    private Path file(String url) {
        String h = sha256(url);
        return dir.resolve(h.substring(0, 2)).resolve(h + ".json");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
