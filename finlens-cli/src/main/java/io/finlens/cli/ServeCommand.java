package io.finlens.cli;

import io.finlens.server.Catalog;
import io.finlens.server.FinlensServer;
import io.finlens.server.LibraryCatalog;
import io.finlens.server.ServerOptions;
import io.finlens.store.Library;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the JSON API and the web UI (analyze, transcript, search, series) on the embedded store.",
                "Binds 127.0.0.1 unless --host says otherwise; off loopback, every API request needs the token printed at start."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0: any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind; 0.0.0.0 serves other machines (every API request then needs the token). Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--data", paramLabel = "DIR", description = "The store's directory (it must exist; the default is created). Default: $FINLENS_DATA, else ~/.finlens")
    Path data;

    @Option(names = "--no-store", description = "Serve without a store: analyze only (documents, facts, series and search answer 503).")
    boolean noStore;

    @Option(names = "--token", description = "The token (at least 16 characters). Default: $FINLENS_TOKEN, else a fresh random one.")
    String token;

    @Option(names = "--require-token", description = "Require the token on every API request even on loopback.")
    boolean requireToken;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A name requests may be addressed to (Host header) besides this machine's own names; repeatable (a reverse proxy's name, say).")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--max-upload", paramLabel = "MiB", defaultValue = "8", description = "Largest accepted body or upload, in MiB. Default: ${DEFAULT-VALUE}")
    int maxUploadMiB;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (maxUploadMiB < 1 || maxUploadMiB > 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-upload must be 1..1024 MiB: " + maxUploadMiB);
        }
        String t = token != null ? token : System.getenv("FINLENS_TOKEN");
        ServerOptions o;
        try {
            o = ServerOptions.loopback().withHost(host).withPort(port).withRequireToken(requireToken)
                    .withMaxBodyBytes((long) maxUploadMiB << 20).withAllowedHosts(allowHosts);
            if (t != null && !t.isBlank()) o = o.withToken(t);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (data != null && !noStore) StoreOptions.existing(spec.commandLine(), data);
        Path dir = noStore ? null : data != null ? data : Library.defaultDir();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog;
        StoreOptions.quiet();
        try {
            catalog = dir == null ? null : LibraryCatalog.open(dir);
            if (catalog instanceof LibraryCatalog lc) for (String n : lc.library().notices()) err.println("finlens: " + n);
        } catch (RuntimeException e) {
            err.println("finlens: " + e.getMessage()
                    + " (is another finlens process using it? --no-store serves without one)");
            return 2;
        }
        FinlensServer server;
        try {
            server = FinlensServer.start(o.withDataDir(dir), catalog);
        } catch (RuntimeException e) {
            if (catalog != null) catalog.close();
            err.println("finlens: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return 2;
        }
        // the read commands find the server holding this store here, and read through it (removed when it stops)
        Path announced = null;
        if (dir != null) {
            try {
                announced = Served.announce(dir, server.url(), o.token());
            } catch (java.io.IOException e) {
                err.println("finlens: cannot write " + dir.resolve(Served.FILE) + " (" + e.getMessage() + "): other finlens commands will not find this server");
            }
        }
        Path file = announced;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (file != null) file.toFile().delete();
            server.close();
            stopped.countDown();
        }, "finlens-serve-stop"));
        out.println("finlens serve: " + server.url() + "/");
        out.println("  store: " + (dir == null ? "none (analyze only)" : dir.toAbsolutePath()));
        out.println("  token: " + o.token() + (o.tokenEnforced() ? " (required on every API request: Authorization: Bearer TOKEN)" : " (not needed on loopback)"));
        if (o.tokenEnforced()) out.println("  in a browser: " + server.url() + "/?token=" + o.token());
        out.println("  API: " + server.url() + "/api/openapi.json   stop: Ctrl-C");
        out.flush();
        stopped.await();
        return 0;
    }
}
