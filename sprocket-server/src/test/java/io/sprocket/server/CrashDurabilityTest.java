package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real server process with SIGKILL in the middle of concurrent writes, restarts it on the same data
 * directory, and checks that every acknowledged commit is there and no unacknowledged transaction left half its
 * writes behind.
 */
class CrashDurabilityTest {
    @TempDir
    Path dataDir;

    @Test
    void committedTransactionsSurviveKillNine() throws Exception {
        int port = freePort();
        Process server = start(port);
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            try (Connection c = connect(port); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE crash");
                s.execute("CREATE TABLE crash.a (id BIGINT PRIMARY KEY, v VARCHAR(20))");
                s.execute("CREATE TABLE crash.b (id BIGINT PRIMARY KEY, a_id BIGINT NOT NULL)");
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                long base = w * 1_000_000L;
                Thread t = Thread.ofPlatform().start(() -> write(port, base, acknowledged, stop));
                writers.add(t);
            }
            // Let the writers commit for a while, then kill the server without warning.
            // (at least a few commits even on a loaded machine, at most 60 s)
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            long hardDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((System.nanoTime() < deadline || acknowledged.size() < 20) && acknowledged.size() < 300
                    && System.nanoTime() < hardDeadline) {
                Thread.sleep(50);
            }
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
            stop.set(true);
            for (Thread t : writers) t.join(10_000);
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged).isNotEmpty();

        Process again = start(port);
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            Set<Long> inA = ids(s, "SELECT id FROM crash.a");
            Set<Long> inB = ids(s, "SELECT a_id FROM crash.b");
            assertThat(inA).containsAll(acknowledged);
            // Each transaction wrote one row to a and one to b: both or neither.
            assertThat(inB).isEqualTo(inA);
        } finally {
            again.destroy();
            again.waitFor(10, TimeUnit.SECONDS);
            again.destroyForcibly();
        }
    }

    private static void write(int port, long base, Set<Long> acknowledged, AtomicBoolean stop) {
        try (Connection c = connect(port)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (long i = base; !stop.get(); i++) {
                    s.executeUpdate("INSERT INTO crash.a VALUES (" + i + ", 'row " + i + "')");
                    s.executeUpdate("INSERT INTO crash.b VALUES (" + i + ", " + i + ")");
                    c.commit();
                    acknowledged.add(i);
                }
            }
        } catch (SQLException expectedWhenKilled) {
            // the server died under us: that is the point of the test
        }
    }

    private static Set<Long> ids(Statement s, String sql) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts bin/sprocket's main class in its own JVM and waits until it accepts connections. */
    private Process start(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "io.sprocket.server.Main", "server", "--port",
                Integer.toString(port), "--data-dir", dataDir.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("ready for connections")) break;
            if (System.nanoTime() > deadline) break;
        }
        Thread.ofVirtual().start(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe drained so the server never blocks on stderr
                }
            } catch (IOException ignored) {
                // process ended
            }
        });
        return p;
    }
}
