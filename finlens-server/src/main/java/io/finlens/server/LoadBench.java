package io.finlens.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load loop for {@code POST /api/analyze} on loopback: N clients, each posting the same document back to back for a
 * fixed time; every answer must be 200 with the same bytes as the first (so a race would count as an error). Prints
 * requests/s and latency percentiles. A command, not a test:
 *
 * <pre>java -cp "finlens-cli/target/lib/*" io.finlens.server.LoadBench --url http://127.0.0.1:8080 --file DOC.txt</pre>
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8080";
        Path file = null;
        int clients = 50;
        int seconds = 20;
        int warmup = 5;
        String token = System.getenv("FINLENS_TOKEN");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--url" -> url = need(a, v);
                case "--file" -> file = Path.of(need(a, v));
                case "--clients" -> clients = Integer.parseInt(need(a, v));
                case "--seconds" -> seconds = Integer.parseInt(need(a, v));
                case "--warmup" -> warmup = Integer.parseInt(need(a, v));
                case "--token" -> token = need(a, v);
                default -> throw new IllegalArgumentException("unknown argument: " + a
                        + " (usage: --url URL --file DOC [--clients 50] [--seconds 20] [--warmup 5] [--token T])");
            }
            i++;
        }
        if (file == null) throw new IllegalArgumentException("--file DOC is required");
        if (clients < 1 || clients > 1000) throw new IllegalArgumentException("--clients out of range 1..1000: " + clients);
        if (seconds < 1 || seconds > 600) throw new IllegalArgumentException("--seconds out of range 1..600: " + seconds);
        byte[] body = Files.readAllBytes(file);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url + "/api/analyze?name=" + file.getFileName()))
                .header("Content-Type", "text/plain; charset=utf-8").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) rb.header("Authorization", "Bearer " + token);
        HttpRequest request = rb.build();
        HttpResponse<byte[]> first = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (first.statusCode() != 200) {
            throw new IllegalStateException("first request answered " + first.statusCode() + ": " + new String(first.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] expected = first.body();
        System.out.printf("POST %s/api/analyze  %s (%,d bytes)  answer %,d bytes  %d clients  warm-up %d s  measure %d s%n",
                url, file.getFileName(), body.length, expected.length, clients, warmup, seconds);
        if (warmup > 0) run(client, request, expected, clients, warmup);
        Result r = run(client, request, expected, clients, seconds);
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf("requests %,d  errors %d  %.1f req/s  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                lat.length, r.errors, lat.length / r.seconds, pct(lat, 50), pct(lat, 90), pct(lat, 99),
                lat.length == 0 ? 0.0 : lat[lat.length - 1] / 1e6);
        if (r.errors > 0) System.exit(1);
    }

    private record Result(long[] latencies, long errors, double seconds) {
    }

    private static Result run(HttpClient client, HttpRequest request, byte[] expected, int clients, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[200_000];
            int[] n = new int[1];
            perThread.add(lat);
            counts.add(n);
            Thread t = Thread.ofPlatform().name("load-" + c).start(() -> {
                while (System.nanoTime() < end && n[0] < lat.length) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200 || !Arrays.equals(r.body(), expected)) errors.incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    lat[n[0]++] = System.nanoTime() - s;
                }
            });
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double secs = (System.nanoTime() - t0) / 1e9;
        int total = 0;
        for (int[] n : counts) total += n[0];
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < perThread.size(); i++) {
            System.arraycopy(perThread.get(i), 0, all, at, counts.get(i)[0]);
            at += counts.get(i)[0];
        }
        return new Result(all, errors.get(), secs);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String need(String opt, String v) {
        if (v == null) throw new IllegalArgumentException(opt + " needs a value");
        return v;
    }
}
