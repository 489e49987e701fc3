package io.finlens.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web UI's files, read once from the classpath. Only the files named in {@code web/manifest.tsv} are served,
 * each at its one URL path: no request path is ever mapped onto the file system or the class path, so a path like
 * {@code /../x} can only miss. A file named {@code webjar:NAME/VERSION/PATH} is read from that webjar on the class path
 * ({@code META-INF/resources/webjars/...}): the chart library (uPlot) comes from Maven Central that way, not copied in.
 */
final class WebAssets {
    /** One file of the UI: its bytes, content type and strong ETag. */
    record Asset(String path, byte[] bytes, String contentType, String etag) {
    }

    private static final String BASE = "/io/finlens/server/web/";
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    private static final String WEBJAR = "webjar:";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");

    private final Map<String, Asset> byPath;

    private WebAssets(Map<String, Asset> byPath) {
        this.byPath = byPath;
    }

    /** Loads every file the manifest names; a missing file or unknown type fails with manifest:line. */
    static WebAssets load() {
        String manifest = new String(read(BASE, "manifest.tsv"), StandardCharsets.UTF_8);
        Map<String, Asset> out = new LinkedHashMap<>();
        String[] lines = manifest.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || i == 0) continue; // header: path file
            String[] cols = line.split("\t");
            String where = "manifest.tsv:" + (i + 1);
            if (cols.length != 2) throw new IllegalStateException(where + ": expected 2 tab-separated columns: " + line);
            String path = cols[0];
            String file = cols[1];
            boolean webjar = file.startsWith(WEBJAR);
            if (!path.startsWith("/") || (!webjar && file.contains("/")) || file.startsWith(".") || file.contains("..")) {
                throw new IllegalStateException(where + ": bad path or file name: " + line);
            }
            String ext = file.substring(file.lastIndexOf('.') + 1);
            String type = TYPES.get(ext);
            if (type == null) throw new IllegalStateException(where + ": no content type for ." + ext);
            byte[] bytes;
            try {
                bytes = webjar ? read(WEBJARS, file.substring(WEBJAR.length())) : read(BASE, file);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
            out.put(path, new Asset(path, bytes, type, etag(bytes)));
        }
        return new WebAssets(Map.copyOf(out));
    }

    Map<String, Asset> all() {
        return byPath;
    }

    private static byte[] read(String base, String file) {
        try (InputStream in = WebAssets.class.getResourceAsStream(base + file)) {
            if (in == null) throw new IllegalStateException("no such resource: " + base + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] b) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b);
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
