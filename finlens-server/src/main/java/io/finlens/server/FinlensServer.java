package io.finlens.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * {@code finlens serve}: the JSON API and the web UI in one Javalin (Jetty 12) server. A thin adapter: analysis is
 * {@link Finlens} and {@link ContractJson}, stored documents, facts, series and search are the {@link Catalog}.
 *
 * <p>Safety: binds loopback unless told otherwise; write requests (POST) need the token when the server is reachable
 * from other machines, and are refused from another web origin; bodies are read up to a limit; only the UI's own
 * files are served (see {@link WebAssets}); errors are RFC 9457 problem bodies.
 */
public final class FinlensServer implements AutoCloseable {
    /** Records as snake_case JSON, decimals written plain (180000000000, not 1.8E+11). */
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final String PROBLEM_TYPE = "application/problem+json";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    /** Raw bodies analyze accepts; the kind is then found by content (io.finlens.input.DocumentReader). */
    private static final Set<String> RAW_TYPES = Set.of("text/plain", "text/markdown", "text/html", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream");
    private static final Set<String> TEXT_CHARSETS = Set.of("utf-8", "utf8", "gb18030", "gbk", "gb2312");
    /** Room for multipart boundaries and headers around an upload at the body limit. */
    private static final long MULTIPART_SLACK = 64 * 1024;
    /** Open connections at most; more wait in the accept queue. */
    private static final int MAX_CONNECTIONS = 2000;
    private static final String BODY_DEADLINE = "finlens.bodyDeadline";

    /**
     * Analyses run at most this many at a time, in arrival order: on a small machine 50 clients at once otherwise
     * share the cores fifty ways, and every answer comes late instead of most answers coming on time.
     */
    private static final int ANALYSIS_SLOTS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final long SLOT_WAIT_SECONDS = 60;

    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(ANALYSIS_SLOTS, true);
    private final ServerOptions options;
    /** Host names, token, origin and length checks (resolved once at start). */
    private final Access access;
    private final Catalog catalog;
    private final Finlens finlens = new Finlens();
    private final WebAssets assets = WebAssets.load();
    private final byte[] openApi;
    private final Javalin app;

    private FinlensServer(ServerOptions options, Catalog catalog) {
        this.options = Objects.requireNonNull(options, "options");
        this.access = new Access(options);
        this.catalog = catalog;
        this.openApi = OpenApi.document();
        this.app = Javalin.create(this::configure);
    }

    /**
     * Starts a server; {@code catalog} may be null for a server that only analyzes (the store endpoints then answer
     * 503). The server owns the catalog and closes it on {@link #close()}.
     */
    public static FinlensServer start(ServerOptions options, Catalog catalog) {
        FinlensServer s = new FinlensServer(options, catalog);
        s.app.start(options.host(), options.port());
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + h + ":" + port();
    }

    public ServerOptions options() {
        return options;
    }

    @Override
    public void close() {
        app.stop();
        if (catalog != null) catalog.close();
    }

    private void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = options.maxBodyBytes();
        // a request that waits for its body holds a virtual thread, not one of a few hundred platform threads
        cfg.concurrency.useVirtualThreads = true;
        cfg.jetty.modifyHttpConfiguration(h -> {
            h.setMinRequestDataRate(Bodies.MIN_DATA_RATE);
            h.setIdleTimeout(Bodies.IDLE_MILLIS);
        });
        cfg.jetty.modifyServer(server -> {
            server.addBean(new org.eclipse.jetty.server.NetworkConnectionLimit(MAX_CONNECTIONS, server));
            server.setErrorHandler(new ProblemErrorHandler());
        });
        cfg.router.ignoreTrailingSlashes = true;
        cfg.jetty.multipartConfig.maxFileSize(options.maxBodyBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(options.maxBodyBytes() + MULTIPART_SLACK, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(options.maxBodyBytes(), Integer.MAX_VALUE), SizeUnit.BYTES);

        var r = cfg.routes;
        r.before(this::guard);
        for (WebAssets.Asset a : assets.all().values()) r.get(a.path(), ctx -> asset(ctx, a));
        Handlers h = new Handlers(this::catalog);
        for (Routes.Op op : Routes.ALL) {
            Handlers.Handler handler = switch (op.id()) {
                case "openapi" -> (ctx, v) -> ctx.contentType(JSON_TYPE).result(openApi);
                case "health" -> (ctx, v) -> health(ctx);
                case "analyze" -> this::analyze;
                default -> h.handler(op.id());
            };
            if (op.method().equals("POST")) r.post(op.path(), ctx -> handler.handle(ctx, Routes.parse(ctx, op)));
            else r.get(op.path(), ctx -> handler.handle(ctx, Routes.parse(ctx, op)));
        }

        r.exception(Problem.class, (p, ctx) -> problem(ctx, p));
        r.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromHttp(e)));
        r.exception(Exception.class, (e, ctx) -> problem(ctx, fromUnexpected(e)));
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problem(ctx, Problem.notFound("no resource at " + quote(ctx.path())));
            }
        });
        r.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problem(ctx, new Problem(405, "method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + quote(ctx.path())));
            }
        });
    }

    // ---- cross-cutting: headers, origin and token ------------------------------------------------------------------

    private void guard(Context ctx) {
        ctx.attribute(BODY_DEADLINE, System.nanoTime() + Bodies.DEADLINE_MILLIS * 1_000_000);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'");
        access.check(ctx, MULTIPART_SLACK);
    }

    /** Whether a Host header names this machine by a loopback name: localhost, 127.x.x.x or [::1], any port. */
    static boolean loopbackHost(String host) {
        return Access.loopbackHost(host);
    }

    // ---- routes ------------------------------------------------------------------------------------------------------

    private void asset(Context ctx, WebAssets.Asset a) {
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", a.etag());
        if (a.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(a.contentType()).result(a.bytes());
    }

    private void health(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "ok");
        o.put("version", "0.1.0");
        o.put("store", catalog != null);
        o.put("token_required", access.tokenEnforced());
        o.put("max_body_bytes", options.maxBodyBytes());
        json(ctx, o);
    }

    private void analyze(Context ctx, Routes.Values v) throws IOException {
        boolean store = v.bool("store");
        boolean withText = v.bool("text");
        boolean force = v.bool("force");
        String name;
        byte[] bytes;
        if (ctx.isMultipartFormData()) {
            UploadedFile f;
            try {
                f = ctx.uploadedFile("file");
            } catch (Exception e) { // Jetty's multipart parser throws ServletException through Kotlin
                throw multipartFailure(e);
            }
            if (f == null) throw Problem.badRequest("the multipart body has no file part named 'file'");
            if (f.size() > options.maxBodyBytes()) throw Problem.tooLarge(options.maxBodyBytes());
            name = fileName(f.filename(), "upload.txt");
            try (InputStream in = f.content()) {
                bytes = readBounded(ctx, in);
            }
        } else {
            String ct = ctx.contentType();
            if (ct == null) throw unsupported("none");
            String mime = ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!RAW_TYPES.contains(mime)) throw unsupported(ct);
            String cs = charset(ct);
            if (mime.startsWith("text/") && cs != null && !TEXT_CHARSETS.contains(cs)) {
                throw new Problem(415, "unsupported-charset", "Unsupported charset",
                        "charset " + quote(cs) + " is not read: send UTF-8 (or GB18030/GBK)");
            }
            name = fileName(v.text("name"), "pasted.txt");
            try (InputStream in = ctx.req().getInputStream()) {
                bytes = readBounded(ctx, in);
            }
        }
        if (isBlank(bytes)) throw Problem.badRequest("the document is empty or holds only white space");
        Catalog c = store ? catalog() : null;
        byte[] json;
        acquireSlot();
        try {
            if (store) {
                Catalog.Stored stored = refusedAs422(() -> c.store(name, bytes, force));
                ctx.status(stored.existed() ? 200 : 201);
                ctx.header("Location", "/api/documents/" + stored.id());
                ctx.header("X-Finlens-Document", stored.id());
            }
            Analysis a = refusedAs422(() -> {
                io.finlens.store.Admission.Refused big = io.finlens.store.Admission.checkSize(name, bytes.length);
                if (big != null) throw big.exception();
                Analysis x = finlens.analyze(name, bytes);
                io.finlens.store.Admission.Refused refused = io.finlens.store.Admission.check(name, x);
                if (refused != null) throw refused.exception();
                return x;
            });
            json = ContractJson.write(a, withText).getBytes(StandardCharsets.UTF_8);
        } finally {
            slots.release();
        }
        ctx.contentType(JSON_TYPE).result(json);
    }

    /** A document that cannot be read, is too large or ran out of memory: 422 with the reason, nothing stored. */
    private static <T> T refusedAs422(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (io.finlens.store.Admission.RefusedException e) {
            throw new Problem(422, e.refused().reason().code(), "Document not read", e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new Problem(422, "out-of-memory", "Document not read", "the analysis ran out of memory; split the document");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    private Catalog catalog() {
        if (catalog == null) {
            throw new Problem(503, "no-store", "No store",
                    "this server was started without a store: start it with --data DIR to keep and query documents");
        }
        return catalog;
    }

    private void acquireSlot() {
        boolean got;
        try {
            got = slots.tryAcquire(SLOT_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new Problem(503, "busy", "Server busy", "no analysis slot came free within " + SLOT_WAIT_SECONDS + " s; try again later");
        }
    }

    /** Reads a body up to the limit (one byte more is a 413) and by the request's deadline (a 408 after it). */
    private byte[] readBounded(Context ctx, InputStream in) throws IOException {
        Long deadline = ctx.attribute(BODY_DEADLINE);
        return Bodies.read(in, options.maxBodyBytes(), deadline == null ? System.nanoTime() + Bodies.DEADLINE_MILLIS * 1_000_000 : deadline);
    }

    private Problem multipartFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceeded") || m.contains("too large")) return Problem.tooLarge(options.maxBodyBytes());
        }
        return Problem.badRequest("the multipart body could not be read: " + e.getMessage());
    }

    private static Problem unsupported(String ct) {
        return new Problem(415, "unsupported-media-type", "Unsupported media type",
                "content type " + quote(ct) + ": send text/plain; charset=utf-8 (or text/html, application/pdf, a .docx),"
                        + " or multipart/form-data with a part named 'file'");
    }

    private static String charset(String contentType) {
        for (String p : contentType.split(";")) {
            String s = p.strip();
            if (s.regionMatches(true, 0, "charset=", 0, 8)) return s.substring(8).replace("\"", "").strip().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The last path element of a client-given file name, without control characters; {@code dflt} when empty. */
    static String fileName(String given, String dflt) {
        if (given == null) return dflt;
        String s = given.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> !Character.isISOControl(c)).limit(200).forEach(b::appendCodePoint);
        String out = b.toString().strip();
        return out.isEmpty() || out.equals(".") || out.equals("..") ? dflt : out;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return false;
        return true;
    }





    static void json(Context ctx, JsonNode node) {
        try {
            ctx.contentType(JSON_TYPE).result(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void problem(Context ctx, Problem p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "/problems/" + p.type());
        o.put("title", p.title());
        o.put("status", p.status());
        o.put("detail", p.detail());
        o.put("instance", ctx.path());
        try {
            ctx.status(p.status()).contentType(PROBLEM_TYPE).result(JSON.writeValueAsBytes(o));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Problem fromHttp(HttpResponseException e) {
        int s = e.getStatus();
        if (s == 413) return Problem.tooLarge(options.maxBodyBytes());
        if (s == 404) return Problem.notFound(e.getMessage());
        if (s == 405) return new Problem(405, "method-not-allowed", "Method not allowed", e.getMessage());
        if (s < 400 || s > 599) s = 500;
        return new Problem(s, "http-" + s, "HTTP " + s, e.getMessage());
    }

    private Problem fromUnexpected(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("exceeded")) {
                return Problem.tooLarge(options.maxBodyBytes());
            }
        }
        if (e instanceof java.util.NoSuchElementException) return Problem.notFound(e.getMessage());
        if (e instanceof IllegalArgumentException) return Problem.badRequest(e.getMessage());
        if (e instanceof io.finlens.store.StoreException) {
            // the database failed (a damaged file, a full disk): one line a person reads, in the log and the answer
            org.slf4j.LoggerFactory.getLogger(FinlensServer.class).error("store: {}", e.getMessage());
            return new Problem(500, "store", "Store error", e.getMessage()
                    + "; `finlens doctor --data DIR` checks the store (stop the server first)");
        }
        org.slf4j.LoggerFactory.getLogger(FinlensServer.class).error("unexpected error", e);
        return new Problem(500, "internal", "Internal error", "the server failed on this request: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    static String quote(String s) {
        if (s == null) return "null";
        String t = s.length() > 120 ? s.substring(0, 120) + "…" : s;
        return "'" + t + "'";
    }
}
