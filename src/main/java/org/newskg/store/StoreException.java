package org.newskg.store;

/** The store cannot be opened or written: locked, unreadable, full, or unreachable. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
