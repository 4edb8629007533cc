package org.newskg.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Which addresses newskg may connect to: public unicast only, so that a url in a feed or page
 * cannot make newskg reach the machine itself, the local network or a cloud metadata service
 * (SSRF). Checked on the resolved addresses, not on the host name, and again on every redirect.
 */
final class AddressPolicy {
    /** Dotted-quad in canonical form; anything else that a resolver would read as IPv4 is refused. */
    private static final Pattern CANONICAL_V4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** inet_aton forms: 1 to 4 parts, each decimal, 0x-hex or 0-octal ("2130706433", "0x7f.1", "127.1"). */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|\\d+)(\\.(0x[0-9a-f]*|\\d+)){0,3}\\.?", Pattern.CASE_INSENSITIVE);

    private AddressPolicy() {
    }

    /** Why a host name cannot be used as written (an obfuscated IP literal), or null. */
    static String refuseHostForm(String host) {
        if (NUMERIC_HOST.matcher(host).matches() && !CANONICAL_V4.matcher(host).matches()) {
            return "host '" + host + "' is a numeric address in a non-standard form; refused";
        }
        return null;
    }

    /** Why newskg must not connect to this address, or null when it may. */
    static String refuse(InetAddress a, boolean allowLoopback) {
        if (a.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address (this machine)";
        }
        if (a.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address (169.254/16, fe80::/10: includes cloud metadata services)";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address (10/8, 172.16/12, 192.168/16)";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return refuseV4(b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return "a unique-local IPv6 address (fc00::/7)";
            }
            InetAddress embedded = embeddedV4(b);
            if (embedded != null) {
                String r = refuse(embedded, allowLoopback);
                return r == null ? null : "an IPv6 address embedding " + embedded.getHostAddress() + ", " + r;
            }
        }
        return null;
    }

    private static String refuseV4(int a, int b, int c) {
        if (a == 0) {
            return "an address in 0.0.0.0/8";
        }
        if (a == 100 && (b & 0xC0) == 64) {
            return "a shared (carrier-grade NAT) address (100.64/10)";
        }
        if (a == 192 && b == 0 && c == 0) {
            return "an IETF protocol address (192.0.0/24)";
        }
        if (a == 198 && (b == 18 || b == 19)) {
            return "a benchmarking address (198.18/15)";
        }
        if (a >= 240) {
            return "a reserved address (240/4)";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) IPv6 address. */
    private static InetAddress embeddedV4(byte[] b) {
        try {
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= b[i] == 0;
            }
            boolean compatible = zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF));
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B;
            if (compatible || nat64) {
                return InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return InetAddress.getByAddress(new byte[]{b[2], b[3], b[4], b[5]});
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
