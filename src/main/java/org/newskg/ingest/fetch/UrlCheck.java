package org.newskg.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks the form of a url before any I/O: http(s) only, no credentials, no control characters, bounded length. */
public final class UrlCheck {
    public static final int MAX_LENGTH = 2048;

    private UrlCheck() {
    }

    /** The parsed url, or a FetchException saying why it is refused. */
    public static URI parse(String url) throws FetchException {
        if (url.length() > MAX_LENGTH) {
            throw new FetchException("url longer than " + MAX_LENGTH + " characters; refused");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                throw new FetchException("url contains a space or control character; refused");
            }
        }
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchException("malformed url (" + e.getReason() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https urls are fetched, not '" + (scheme.isEmpty() ? "(none)" : scheme) + ":'");
        }
        if (u.getRawUserInfo() != null) {
            throw new FetchException("url carries credentials (user:password@); refused");
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            throw new FetchException("url has no host name");
        }
        return u.normalize();
    }

    /** True when the string is meant as a url (has a scheme and "//"), so it is not taken for a file name. */
    public static boolean looksLikeUrl(String s) {
        return s.matches("(?s)[A-Za-z][A-Za-z0-9+.-]{1,15}://.*");
    }
}
