package io.finlens.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
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
 */
public record ServerOptions(String host, int port, Path dataDir, String token, boolean requireToken, long maxBodyBytes) {
    /** 8 MiB: a long call transcript is well under 1 MiB of text. */
    public static final long DEFAULT_MAX_BODY = 8L << 20;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("host is blank");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range 0..65535: " + port);
        Objects.requireNonNull(token, "token");
        if (token.length() < 16) throw new IllegalArgumentException("token shorter than 16 characters: " + token.length());
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes below 1024: " + maxBodyBytes);
    }

    /** Loopback, a random port, no store, a fresh token: what tests start. */
    public static ServerOptions loopback() {
        return new ServerOptions("127.0.0.1", 0, null, Tokens.fresh(), false, DEFAULT_MAX_BODY);
    }

    public ServerOptions withDataDir(Path dir) {
        return new ServerOptions(host, port, dir, token, requireToken, maxBodyBytes);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, dataDir, token, requireToken, maxBodyBytes);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, dataDir, token, requireToken, maxBodyBytes);
    }

    public ServerOptions withMaxBodyBytes(long max) {
        return new ServerOptions(host, port, dataDir, token, requireToken, max);
    }

    public ServerOptions withRequireToken(boolean require) {
        return new ServerOptions(host, port, dataDir, token, require, maxBodyBytes);
    }

    /** Whether write requests must carry the token: off loopback always, on loopback when asked. */
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
