package org.newskg.export;

/**
 * A subset the store cannot give: an unknown type, an article or entity that matches nothing, a
 * filter the format does not honour. A usage error (the CLI exits 2), raised before anything is
 * written, since a filter that silently matches nothing would yield a misleading empty picture.
 */
public class SubsetException extends IllegalArgumentException {
    public SubsetException(String message) {
        super(message);
    }
}
