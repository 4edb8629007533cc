package org.newskg.ingest;

import java.util.function.Consumer;

/**
 * Reads one input (a file, stdin, or a fetched page) into articles. A reader reports every
 * record, good or bad, to the sink and keeps going after a bad record: one malformed JSON line
 * must not cost the other articles of the file.
 */
public interface ArticleReader {
    /** @param raw the input's bytes, already size-checked */
    void read(RawInput raw, Consumer<ReadResult> sink);

    /**
     * Reads an input that has not been loaded yet. By default the whole input is loaded (refused
     * past {@link Limits#MAX_FILE_BYTES}); readers that stream or truncate override this.
     */
    default void read(InputSource in, Consumer<ReadResult> sink) {
        RawInput raw;
        try {
            raw = in.readAll(Limits.MAX_FILE_BYTES);
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
            return;
        }
        read(raw, sink);
    }
}
