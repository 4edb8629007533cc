package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * One input before it is read: a name for messages, the source IRI its articles get, how to open
 * its bytes (once), and where to send warnings. Readers that can stream take this; the others get
 * the whole input, size-checked, as a {@link RawInput}.
 *
 * @param contentType the HTTP Content-Type when the input was fetched (its charset wins over the page's own), else null
 * @param size        the size in bytes when known (files), else -1
 */
public record InputSource(String name, String sourceIri, String contentType, long size, Opener opener,
                          Consumer<String> warnings) {

    /** Opens the input's (decompressed) bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static InputSource of(RawInput raw, String contentType, Consumer<String> warnings) {
        return new InputSource(raw.name(), raw.sourceIri(), contentType, raw.bytes().length,
                () -> new java.io.ByteArrayInputStream(raw.bytes()), warnings);
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    public void warn(String message) {
        warnings.accept(name + ": " + message);
    }

    /** The whole input, refused when it is larger than {@code cap} bytes. */
    public RawInput readAll(long cap) {
        if (size > cap) {
            throw tooLarge(size, cap);
        }
        try (InputStream in = open()) {
            byte[] bytes = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > cap) {
                throw tooLarge(-1, cap);
            }
            return new RawInput(name, sourceIri, bytes);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** At most the first {@code cap} bytes; a longer input is cut there, and the cut is reported as a warning. */
    public RawInput readTruncated(long cap) {
        try (InputStream in = open()) {
            byte[] bytes = in.readNBytes((int) Math.min(cap, Integer.MAX_VALUE - 8));
            if (in.read() >= 0) {
                warn("truncated: only the first " + Limits.mib(cap) + " of "
                        + (size > 0 ? Limits.mib(size) : "more") + " were read (size cap)");
            }
            return new RawInput(name, sourceIri, bytes);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    private IngestException tooLarge(long actual, long cap) {
        return new IngestException(name, "too large (" + (actual >= 0 ? Limits.mib(actual) : "more than " + Limits.mib(cap))
                + "; the limit for this type is " + Limits.mib(cap) + ")");
    }
}
