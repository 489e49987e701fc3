package io.finlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.store.ExportFormat;
import io.finlens.store.FactQuery;
import io.finlens.store.Library;
import io.finlens.store.Series;
import io.finlens.store.SeriesQuery;
import io.finlens.store.StoreJson;
import io.finlens.store.StoredFact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A store held by {@code finlens serve}, read through its HTTP API. The server announces itself in
 * {@code DIR/serve.json} (its URL and token, readable by its owner only) while it runs and removes the file when it
 * stops; a file left by a server that was killed is ignored (its URL does not answer).
 */
final class Served implements StoreReader {
    /** The file {@code finlens serve} writes into the store's folder while it runs. */
    static final String FILE = "serve.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 100_000;

    private final String url;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Served(String url, String token) {
        this.url = Objects.requireNonNull(url, "url");
        this.token = token;
    }

    String url() {
        return url;
    }

    /** Writes {@code DIR/serve.json} (owner-only where the file system allows), to be removed when the server stops. */
    static Path announce(Path dir, String url, String token) throws IOException {
        Path f = dir.resolve(FILE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("token", token);
        m.put("pid", ProcessHandle.current().pid());
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, JSON.writeValueAsString(m) + "\n");
        Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return f;
    }

    /** The server that holds the store in {@code dir}, when it announced itself and answers; else null. */
    static Served find(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) return null;
        try {
            JsonNode n = JSON.readTree(f.toFile());
            Served s = new Served(n.path("url").asText(), n.path("token").isNull() ? null : n.path("token").asText(null));
            return s.answers() ? s : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private boolean answers() {
        try {
            HttpResponse<String> r = client.send(request("/api/health").timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && JSON.readTree(r.body()).path("store").asBoolean();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofMinutes(5));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    /** GETs a path with parameters (nulls left out); a problem answer becomes an exception with its detail. */
    byte[] get(String path, Map<String, Object> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> {
            if (v == null) return;
            q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
        });
        HttpResponse<byte[]> r;
        try {
            r = client.send(request(path + q).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("the server at " + url + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (r.statusCode() == 200) return r.body();
        String detail = new String(r.body(), StandardCharsets.UTF_8);
        try {
            detail = JSON.readTree(detail).path("detail").asText(detail);
        } catch (IOException ignored) {
            // not a problem body: its text is the detail
        }
        if (r.statusCode() == 400) throw new IllegalArgumentException(detail);
        throw new IllegalStateException("the server at " + url + " answered " + r.statusCode() + ": " + detail);
    }

    JsonNode json(String path, Map<String, Object> params) {
        try {
            return JSON.readTree(get(path, params));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> filters(FactQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity", q.entity());
        m.put("metric", q.metric());
        m.put("segment", q.segment());
        m.put("basis", q.basis());
        m.put("from", q.from());
        m.put("to", q.to());
        m.put("guidance", q.guidance());
        m.put("doc", q.docId());
        return m;
    }

    @Override
    public List<StoredFact> facts(FactQuery q) {
        List<StoredFact> out = new ArrayList<>();
        int offset = q.offset();
        while (true) {
            int want = q.limit() > 0 ? Math.min(PAGE, q.limit() - out.size()) : PAGE;
            Map<String, Object> p = filters(q);
            p.put("offset", offset);
            p.put("limit", want);
            List<StoredFact> page = StoreJson.readFacts(new String(get("/api/facts", p), StandardCharsets.UTF_8));
            out.addAll(page);
            offset += page.size();
            if (page.size() < want || (q.limit() > 0 && out.size() >= q.limit())) return out;
        }
    }

    @Override
    public Series series(SeriesQuery q) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("entity", q.entity());
        p.put("metric", q.metric());
        p.put("segment", q.segment());
        p.put("basis", q.basis());
        p.put("kind", q.kind());
        p.put("unit", q.unit());
        return StoreJson.readSeries(new String(get("/api/series", p), StandardCharsets.UTF_8));
    }

    @Override
    public void export(ExportFormat format, FactQuery q, Path out) {
        Map<String, Object> p = filters(q);
        p.put("format", format.code());
        try {
            Files.write(out, get("/api/export", p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Library library() {
        return null;
    }

    @Override
    public Served served() {
        return this;
    }

    @Override
    public void close() {
        client.close();
    }
}
