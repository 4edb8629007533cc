package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * On a loopback server, refuses requests whose Host is not a local name: a web page that points
 * its own domain at 127.0.0.1 (DNS rebinding) would otherwise read the store through the browser.
 */
final class LocalHostFilter implements Filter {
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String host = ((HttpServletRequest) req).getHeader("Host");
        if (host != null && !LOCAL.contains(hostName(host))) {
            ((HttpServletResponse) res).sendError(421, "newskg serve answers only to localhost (use --host to serve others)");
            return;
        }
        chain.doFilter(req, res);
    }

    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && (h.charAt(0) != '[' || h.charAt(colon - 1) == ']')) {
            h = h.substring(0, colon);
        }
        return h;
    }
}
