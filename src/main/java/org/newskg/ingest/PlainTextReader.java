package org.newskg.ingest;

import java.util.function.Consumer;

/** A {@code .txt} file is one article; its metadata lines are recognised and kept out of the body. */
public final class PlainTextReader implements ArticleReader {
    @Override
    public void read(RawInput raw, Consumer<ReadResult> sink) {
        try {
            String text = TextDecoder.decode(raw.name(), raw.bytes());
            sink.accept(ReadResult.of(ArticleBuilder.fromText(raw.name(), raw.sourceIri(), null, text, null, null)));
        } catch (IngestException e) {
            sink.accept(ReadResult.failed(e));
        }
    }
}
