package org.newskg.link.online;

/** A look-up could not be made: the endpoint is down, refused, too slow, or answered nonsense. */
public class OnlineLinkException extends RuntimeException {
    public OnlineLinkException(String message) {
        super(message);
    }

    public OnlineLinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
