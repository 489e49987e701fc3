package io.finlens.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading a request body within bounds: at most the size limit (one byte more is a 413) and within a total deadline
 * from the moment the request's headers arrived (a 408 after it). Between bytes Jetty enforces the rest: a minimum
 * data rate ({@link #MIN_DATA_RATE}) and an idle timeout ({@link #IDLE_MILLIS}), so a client that trickles a body
 * holds a (virtual) thread for seconds, not minutes.
 */
final class Bodies {
    /** The slowest body accepted, bytes per second, measured by Jetty over the whole body so far. */
    static final long MIN_DATA_RATE = 1024;
    /** The longest wait for the next bytes of a request, or for a new request on a kept-alive connection. */
    static final long IDLE_MILLIS = 10_000;
    /** The longest a whole body may take to arrive. */
    static final long DEADLINE_MILLIS = 60_000;

    private Bodies() {
    }

    /** Reads {@code in} up to {@code max} bytes, by {@code deadlineNanos} ({@link System#nanoTime()}). */
    static byte[] read(InputStream in, long max, long deadlineNanos) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        while (true) {
            int n;
            try {
                n = in.read(buf);
            } catch (IOException | RuntimeException e) {
                throw failure(e, max);
            }
            if (n < 0) return out.toByteArray();
            total += n;
            if (total > max) throw Problem.tooLarge(max);
            out.write(buf, 0, n);
            if (System.nanoTime() - deadlineNanos > 0) throw tooSlow();
        }
    }

    /** What a failed read means: too slow (Jetty's data rate or idle timeout), too large, or a connection gone. */
    static Problem failure(Exception e, long max) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h) {
                if (h.getCode() == 408) return tooSlow();
                if (h.getCode() == 413) return Problem.tooLarge(max);
                return Problem.badRequest("the body could not be read: " + t.getMessage());
            }
            if (t instanceof java.util.concurrent.TimeoutException) return tooSlow();
        }
        return new Problem(400, "body-aborted", "Body not received", "the connection closed before the whole body arrived");
    }

    static Problem tooSlow() {
        return new Problem(408, "too-slow", "Request body too slow", "the body did not arrive within " + DEADLINE_MILLIS / 1000
                + " s (or came slower than " + MIN_DATA_RATE + " bytes/s); send it again on a faster connection");
    }
}
