package io.finlens.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link FinlensServer} is started.
 *
 * @param host         the address to bind; {@code 127.0.0.1} keeps the server on this machine
 * @param port         the TCP port, 0 for any free one
 * @param dataDir      the store's directory, or null for a server without a store (analyze only)
 * @param token        the secret that write requests must carry; required (non-blank) for every host, enforced
 *                     only when the host is not a loopback address or {@code requireToken} is set
 * @param requireToken whether writes need the token even on loopback
 * @param maxBodyBytes the largest request body (pasted text or uploaded file) accepted, in bytes
 * @param allowedHosts names (or addresses) requests may be addressed to in their {@code Host} header besides the
 *                     loopback names and, off loopback, this machine's own names and addresses
 */
public record ServerOptions(String host, int port, Path dataDir, String token, boolean requireToken, long maxBodyBytes,
                            List<String> allowedHosts) {
    /** 8 MiB: a long call transcript is well under 1 MiB of text. */
    public static final long DEFAULT_MAX_BODY = 8L << 20;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("host is blank");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range 0..65535: " + port);
        Objects.requireNonNull(token, "token");
        if (token.length() < 16) throw new IllegalArgumentException("token shorter than 16 characters: " + token.length());
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes below 1024: " + maxBodyBytes);
        allowedHosts = List.copyOf(allowedHosts);
        for (String h : allowedHosts) {
            if (h.isBlank() || !h.matches("[\\p{L}\\p{N}.:\\[\\]_-]+")) throw new IllegalArgumentException("not a host name: '" + h + "'");
        }
    }

    /** Options with no extra allowed host names. */
    public ServerOptions(String host, int port, Path dataDir, String token, boolean requireToken, long maxBodyBytes) {
        this(host, port, dataDir, token, requireToken, maxBodyBytes, List.of());
    }

    /** Loopback, a random port, no store, a fresh token: what tests start. */
    public static ServerOptions loopback() {
        return new ServerOptions("127.0.0.1", 0, null, Tokens.fresh(), false, DEFAULT_MAX_BODY);
    }

    public ServerOptions withDataDir(Path dir) {
        return new ServerOptions(host, port, dir, token, requireToken, maxBodyBytes, allowedHosts);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, dataDir, token, requireToken, maxBodyBytes, allowedHosts);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, dataDir, token, requireToken, maxBodyBytes, allowedHosts);
    }

    public ServerOptions withMaxBodyBytes(long max) {
        return new ServerOptions(host, port, dataDir, token, requireToken, max, allowedHosts);
    }

    public ServerOptions withRequireToken(boolean require) {
        return new ServerOptions(host, port, dataDir, token, require, maxBodyBytes, allowedHosts);
    }

    public ServerOptions withToken(String t) {
        return new ServerOptions(host, port, dataDir, t, requireToken, maxBodyBytes, allowedHosts);
    }

    public ServerOptions withAllowedHosts(List<String> hosts) {
        return new ServerOptions(host, port, dataDir, token, requireToken, maxBodyBytes, hosts);
    }

    /**
     * Whether requests must carry the token: off loopback every API request (reads too: documents, facts, search),
     * on loopback when asked. Only {@code /api/health} and the UI's own files answer without it.
     */
    public boolean tokenEnforced() {
        return requireToken || !isLoopback(host);
    }

    /** True when {@code host} names only loopback addresses (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            for (InetAddress a : all) if (!a.isLoopbackAddress()) return false;
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
