package io.sprocket.server;

import ch.qos.logback.classic.Level;
import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import io.sprocket.engine.security.StoredAccount;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sprocket server}: opens the engine and serves the MySQL protocol in the foreground until SIGTERM. */
@Command(name = "server", mixinStandardHelpOptions = true, description = "Run the server in the foreground.")
final class ServerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("io.sprocket.server");

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}).", defaultValue = "3306")
    int port;

    @Option(names = "--bind-address", description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String bindAddress;

    @Option(names = "--data-dir", description = "Data directory (default: ${DEFAULT-VALUE}).", defaultValue = "./data")
    Path dataDir;

    @Option(names = "--log-level", description = "error, warn, info, debug or trace (default: ${DEFAULT-VALUE}).",
            defaultValue = "info")
    String logLevel;

    @Option(names = "--max-connections", description = "max_connections (default: ${DEFAULT-VALUE}).",
            defaultValue = "1040")
    int maxConnections;

    @Override
    public Integer call() throws Exception {
        long startNanos = System.nanoTime();
        setLogLevel(logLevel);
        Path dir = dataDir.toAbsolutePath().normalize();
        Engine engine = Engine.open(new EngineConfig(dir, java.util.Map.of("port", Integer.toString(port),
                "bind_address", bindAddress, "max_connections", Integer.toString(maxConnections))));
        long engineMillis = (System.nanoTime() - startNanos) / 1_000_000;
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (IOException e) {
            LOG.error("cannot resolve --bind-address {}: {}", bindAddress, e.getMessage());
            engine.close();
            return 1;
        }
        Optional<StoredAccount> root = engine.accounts().find("root", "127.0.0.1");
        if (!loopback && root.isPresent() && root.get().hasEmptyPassword()) {
            LOG.error("refusing to listen on {}: 'root'@'localhost' has an empty password. Set a password first: "
                    + "start with --bind-address 127.0.0.1, connect (mariadb -h127.0.0.1 -P{} -uroot) and run "
                    + "ALTER USER 'root'@'localhost' IDENTIFIED BY '<new password>'; then restart with "
                    + "--bind-address {}", bindAddress, port, bindAddress);
            engine.close();
            return 1;
        }
        ServerConfig config = ServerConfig.defaults(dir).withPort(port).withBindAddress(bindAddress)
                .withMaxConnections(maxConnections);
        SprocketServer server;
        try {
            server = SprocketServer.start(config, engine);
            SprocketServer listening = server;
            engine.onKillConnection(id -> listening.kill(id));
        } catch (IOException e) {
            LOG.error("cannot listen on {}:{}: {}", bindAddress, port, e.getMessage());
            engine.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("shutting down");
            server.close();
            engine.close();
            LOG.info("shutdown complete");
            stopped.countDown();
        }, "sprocket-shutdown"));
        if (engine.initializedNow()) {
            LOG.info("initialized a new data directory {} with 'root'@'localhost' and an empty password", dir);
            LOG.info("connect with: mariadb -h{} -P{} -uroot   (or: mysql -h{} -P{} -uroot)",
                    displayHost(bindAddress), server.port(), displayHost(bindAddress), server.port());
        }
        long sinceLaunch = ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
        LOG.info("Sprocket {} ready for connections. Bind-address: '{}' port: {} (engine open {} ms, "
                        + "server start {} ms, since process launch {} ms)", ServerConfig.SERVER_VERSION, bindAddress,
                server.port(), engineMillis, (System.nanoTime() - startNanos) / 1_000_000, sinceLaunch);
        stopped.await();
        return 0;
    }

    private static String displayHost(String bind) {
        return bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
    }

    private static void setLogLevel(String level) {
        org.slf4j.Logger root = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.toLevel(level, Level.INFO));
        }
    }
}
