package io.finlens.testnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A single OpenSearch node on 127.0.0.1 for tests: {@code java -cp … io.finlens.testnode.TestNode HOME}. It prints
 * {@code http://127.0.0.1:PORT} on its first line once it serves, and stops when its standard input closes (so it
 * never outlives the test that started it). Its modules are given as classpath plugins, as a distribution's would be
 * loaded from its modules folder.
 */
public final class TestNode extends Node {
    private static final List<Class<? extends Plugin>> MODULES = List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class);

    private TestNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> "finlens-test"),
                MODULES.stream().map(p -> new PluginInfo(p.getName(), "classpath module", "NA", Version.CURRENT, "21", p.getName(),
                        null, Collections.emptyList(), false)).toList(), true);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) throw new IllegalArgumentException("usage: TestNode HOME (an empty folder for data and logs)");
        Path home = Files.createDirectories(Path.of(args[0]));
        Settings s = Settings.builder().put("path.home", home.toString()).put("cluster.name", "finlens-test")
                .put("node.name", "finlens-test").put("network.host", "127.0.0.1").put("http.port", "0")
                .put("transport.port", "0").put("discovery.type", "single-node").put("http.type", "netty4")
                .put("transport.type", "netty4").put("cluster.routing.allocation.disk.threshold_enabled", "false").build();
        TestNode node = new TestNode(s);
        node.start();
        HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
        System.out.println("http://127.0.0.1:" + http.boundAddress().publishAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the test closes our standard input (or dies)
        }
        node.close();
        System.exit(0);
    }
}
