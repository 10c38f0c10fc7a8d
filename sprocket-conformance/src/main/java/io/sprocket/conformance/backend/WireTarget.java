package io.sprocket.conformance.backend;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Our server, started in-process on an ephemeral port and reached through a real JDBC driver. When the server
 * cannot be started the target still exists: every connection attempt reports why, so each record fails with
 * that reason instead of the run crashing.
 */
public final class WireTarget implements Target {
    private final JdbcDriver driver;
    private final ServerLauncher.RunningServer server;
    private final String startFailure;
    private final JdbcTarget jdbc;

    public WireTarget(ServerLauncher launcher, Path dataDir, JdbcDriver driver) {
        requireNonNull(launcher);
        requireNonNull(dataDir);
        this.driver = requireNonNull(driver);
        ServerLauncher.RunningServer started = null;
        String failure = null;
        try {
            started = launcher.start(dataDir);
        } catch (Exception | LinkageError e) {
            failure = "wire: server did not start: " + e;
        }
        this.server = started;
        this.startFailure = failure;
        this.jdbc = started == null ? null
                : new JdbcTarget("wire", names(), driver, "127.0.0.1", started.port(), List.of());
    }

    @Override
    public String name() {
        return "wire";
    }

    @Override
    public Set<String> names() {
        return Set.of("wire", "ours", "mysql");
    }

    @Override
    public boolean reportsInfo() {
        return driver.reportsInfo();
    }

    public JdbcDriver driver() {
        return driver;
    }

    @Override
    public TargetConnection connect(String user, String password, String database) throws TargetException {
        if (jdbc == null) throw new TargetException(startFailure, null);
        return jdbc.connect(user, password, database);
    }

    @Override
    public void close() {
        if (server != null) server.close();
    }
}
