package io.finlens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Bodies trickled from many connections at once (the slow-body attack) do not stop the server: the health probe keeps
 * answering, and the server closes the trickling requests instead of waiting for them.
 */
class SlowBodyTest {
    static final int CONNECTIONS = 150;

    @Test
    void aHealthProbeAnswersWhileHundredsOfConnectionsTrickleBodies() throws Exception {
        try (FinlensServer server = FinlensServer.start(ServerOptions.loopback(), null)) {
            int port = server.port();
            AtomicInteger answered = new AtomicInteger();
            List<Thread> attackers = new ArrayList<>();
            long until = System.nanoTime() + 4_000_000_000L;
            for (int i = 0; i < CONNECTIONS; i++) {
                attackers.add(Thread.ofVirtual().start(() -> trickle(port, until, answered)));
            }
            Http probe = new Http(server.url());
            int probes = 0;
            while (System.nanoTime() < until) {
                // the probe's own client gives up after 1 s: an answer that comes later fails the test
                Http.Response r = probe.get("/api/health", 1);
                assertThat(r.status()).isEqualTo(200);
                probes++;
                Thread.sleep(100);
            }
            for (Thread t : attackers) t.join();
            assertThat(probes).isGreaterThan(5);
            assertThat(answered.get()).as("trickling requests the server answered (408) or closed").isEqualTo(CONNECTIONS);
        }
    }

    /** Announces a 100,000-byte body and sends one byte every 300 ms until the server answers or closes. */
    private static void trickle(int port, long until, AtomicInteger answered) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(300);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (System.nanoTime() < until) {
                try {
                    out.write('x');
                    out.flush();
                } catch (IOException closed) {
                    answered.incrementAndGet();
                    return;
                }
                try {
                    byte[] head = new byte[12];
                    int n = in.read(head);
                    if (n < 0 || new String(head, 0, n, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 4")) {
                        answered.incrementAndGet();
                        return;
                    }
                } catch (SocketTimeoutException stillWaiting) {
                    // the server is still reading: send the next byte
                } catch (IOException reset) {
                    answered.incrementAndGet();
                    return;
                }
            }
        } catch (IOException e) {
            answered.incrementAndGet(); // refused outright counts as defended too
        }
    }
}
