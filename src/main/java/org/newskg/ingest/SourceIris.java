package org.newskg.ingest;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Makes a url found in an input (a JSON field, a canonical link, a feed item) safe to become an
 * article's source IRI: http(s) only, credentials dropped, IDN hosts in punycode, and every
 * character an IRI may not hold ({@code < > " { } | \ ^ `}, spaces, controls, a stray {@code %})
 * percent-encoded, so that the RDF written from it always parses.
 */
public final class SourceIris {
    private SourceIris() {
    }

    /** The url as a safe absolute http(s) IRI, or null when it is not a usable web address. */
    public static String web(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        if (s.length() > 2048 || !s.regionMatches(true, 0, "http://", 0, 7) && !s.regionMatches(true, 0, "https://", 0, 8)) {
            return null;
        }
        int schemeEnd = s.indexOf("://");
        String scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = s.substring(schemeEnd + 3);
        int authEnd = indexOfAny(rest, "/?#");
        String authority = authEnd < 0 ? rest : rest.substring(0, authEnd);
        String tail = authEnd < 0 ? "" : rest.substring(authEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host = hostOf(authority);
        if (host == null) {
            return null;
        }
        String candidate = scheme + "://" + host + encode(tail);
        try {
            URI u = new URI(candidate);
            return u.getHost() == null ? null : candidate;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** host[:port] in ASCII, lower-cased; null when it is not a plausible host. */
    private static String hostOf(String authority) {
        String host = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            port = authority.substring(colon);
            host = authority.substring(0, colon);
            if (!port.matches(":\\d{1,5}")) {
                return null;
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.matches("\\[[0-9A-Fa-f:.]{2,45}]") ? host.toLowerCase(Locale.ROOT) + port : null;
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return host.matches("[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))*\\.?") ? host + port : null;
    }

    /** Percent-encodes what an IRI path, query or fragment may not hold; a second '#' is encoded too. */
    static String encode(String tail) {
        StringBuilder sb = new StringBuilder(tail.length() + 16);
        boolean inFragment = false;
        byte[] bytes = tail.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            boolean ok = c > 0x20 && c < 0x7F && "<>\"{}|\\^`[] ".indexOf(c) < 0;
            if (c == '%') {
                ok = i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            } else if (c == '#') {
                ok = !inFragment;
                inFragment = true;
            }
            if (ok) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
