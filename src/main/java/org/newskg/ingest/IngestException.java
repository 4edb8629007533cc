package org.newskg.ingest;

/** An input that cannot be read as articles. The message names the input and says why. */
public class IngestException extends RuntimeException {
    public IngestException(String input, String why) {
        super(input + ": " + why);
    }

    public IngestException(String input, String why, Throwable cause) {
        super(input + ": " + why, cause);
    }
}
