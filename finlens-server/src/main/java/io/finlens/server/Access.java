package io.finlens.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may ask what, decided before any route runs: the {@code Host} a request is addressed to must be one of this
 * server's names (against DNS rebinding), the token must come with every API request when the server is reachable
 * from other machines (or {@code --require-token}), writes from another web origin are refused, and a
 * {@code Content-Length} over the limit is refused before a byte of the body is read.
 */
final class Access {
    private final ServerOptions options;
    private final boolean tokenEnforced;
    /** Host names and addresses (lower case, no port, IPv6 without brackets) requests may be addressed to. */
    private final Set<String> hosts;

    Access(ServerOptions options) {
        this.options = options;
        this.tokenEnforced = options.tokenEnforced();
        this.hosts = Collections.unmodifiableSet(allowedHosts(options));
    }

    boolean tokenEnforced() {
        return tokenEnforced;
    }

    /** The names a request may be addressed to besides the loopback names (for the start message and tests). */
    Set<String> hosts() {
        return hosts;
    }

    /** Throws the {@link Problem} that refuses the request, or returns when it may go on. */
    void check(Context ctx, long multipartSlack) {
        String host = ctx.header("Host");
        if (!allowedHost(host)) {
            throw new Problem(403, "host-not-allowed", "Host not allowed", "this server answers only requests addressed to "
                    + "its own names (localhost, 127.0.0.1" + (hosts.isEmpty() ? "" : ", " + String.join(", ", hosts))
                    + "; more with --allow-host NAME), not " + FinlensServer.quote(host));
        }
        HandlerType m = ctx.method();
        boolean write = m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
        String origin = ctx.header("Origin");
        if (write && origin != null && !sameOrigin(origin, host)) {
            throw new Problem(403, "cross-origin", "Cross-origin write refused", "a page from " + FinlensServer.quote(origin) + " may not write to this server");
        }
        if (tokenEnforced && (write || needsTokenToRead(ctx.path()))) checkToken(ctx);
        if (write) checkLength(ctx, multipartSlack);
    }

    /** Every API path but the health probe; the UI's own files carry no data. */
    static boolean needsTokenToRead(String path) {
        return path.startsWith("/api/") && !path.equals("/api/health") && !path.equals("/api/health/");
    }

    private void checkToken(Context ctx) {
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : ctx.header("X-Finlens-Token");
        if (!Tokens.matches(options.token(), given)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"finlens\"");
            throw new Problem(401, "token-required", "Token required", given == null
                    ? "this server requires its token on every request: send the token printed at start as 'Authorization: Bearer TOKEN'"
                    : "the token does not match the one printed at start");
        }
    }

    private void checkLength(Context ctx, long multipartSlack) {
        String len = ctx.header("Content-Length");
        if (len == null) return;
        long n;
        try {
            n = Long.parseLong(len.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("Content-Length is not a number: " + FinlensServer.quote(len));
        }
        if (n > options.maxBodyBytes() + (ctx.isMultipartFormData() ? multipartSlack : 0)) throw Problem.tooLarge(options.maxBodyBytes());
    }

    /** Whether a Host header names this server: a loopback name, or one of {@link #hosts}. */
    boolean allowedHost(String host) {
        if (loopbackHost(host)) return true;
        String h = bare(host);
        return h != null && hosts.contains(h);
    }

    /** A Host header without its port, lower case, IPv6 without brackets; null when malformed. */
    static String bare(String host) {
        if (host == null) return null;
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return null;
            String rest = h.substring(close + 1);
            return rest.isEmpty() || rest.matches(":\\d{1,5}") ? h.substring(1, close) : null;
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            if (!h.substring(colon).matches(":\\d{1,5}")) return null;
            h = h.substring(0, colon);
        }
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h.isEmpty() ? null : h;
    }

    /** Whether a Host header names this machine by a loopback name: localhost, 127.x.x.x or [::1], any port. */
    static boolean loopbackHost(String host) {
        String h = bare(host);
        if (h == null) return false;
        return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1");
    }

    /**
     * The names requests may use: {@code --allow-host} names; off loopback also the bound address, or for a wildcard
     * address every address of this machine's interfaces, and the machine's host names.
     */
    static Set<String> allowedHosts(ServerOptions o) {
        Set<String> out = new TreeSet<>();
        for (String h : o.allowedHosts()) {
            String b = bare(h);
            if (b != null) out.add(b);
        }
        if (ServerOptions.isLoopback(o.host())) return out;
        try {
            InetAddress bound = InetAddress.getByName(o.host());
            if (bound.isAnyLocalAddress()) {
                for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(ni.getInetAddresses())) out.add(address(a));
                }
            } else {
                out.add(address(bound));
                out.add(o.host().toLowerCase(Locale.ROOT));
            }
            InetAddress local = InetAddress.getLocalHost();
            out.add(local.getHostName().toLowerCase(Locale.ROOT));
            out.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException | SocketException e) {
            // the names that could be found are enough; --allow-host adds others
        }
        return out;
    }

    private static String address(InetAddress a) {
        String s = a.getHostAddress().toLowerCase(Locale.ROOT);
        int zone = s.indexOf('%');
        return zone >= 0 ? s.substring(0, zone) : s;
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null) return false;
        try {
            URI u = URI.create(origin);
            String authority = u.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip()) && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
