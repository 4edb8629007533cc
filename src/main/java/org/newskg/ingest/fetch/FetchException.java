package org.newskg.ingest.fetch;

import java.io.IOException;

/** A URL that was refused or could not be fetched; the message says why and is fit for a one-line report. */
public class FetchException extends IOException {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
