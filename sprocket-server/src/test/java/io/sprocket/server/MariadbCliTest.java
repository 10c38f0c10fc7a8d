package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sprocket.server.fake.FakeEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mariadb command-line client (libmariadb), when installed; skipped otherwise. */
class MariadbCliTest {
    private static final FakeEngine ENGINE = new FakeEngine();
    private static SprocketServer server;
    private static Path cli;

    @BeforeAll
    static void start() throws Exception {
        for (String candidate : new String[] {"/usr/bin/mariadb", "/usr/local/bin/mariadb", "/usr/bin/mysql"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                cli = Path.of(candidate);
                break;
            }
        }
        assumeTrue(cli != null, "no mariadb/mysql client installed");
        server = TestServers.start(ENGINE);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(cli.toString(), "--no-defaults", "-h127.0.0.1",
                "-P" + server.port(), "--batch"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return "exit=" + p.exitValue() + "\n" + output;
    }

    @Test
    void selectOne() throws Exception {
        assertThat(run("-uroot", "-e", "SELECT 1")).isEqualTo("exit=0\n1\n1\n");
    }

    @Test
    void multiStatementsAndErrors() throws Exception {
        assertThat(run("-uroot", "-e", "SELECT 1; SELECT 'two'")).isEqualTo("exit=0\n1\n1\ntwo\ntwo\n");
        assertThat(run("-uroot", "-e", "SELECT * FROM missing"))
                .startsWith("exit=1\n").contains("ERROR 1146 (42S02)", "Table 'test.missing' doesn't exist");
    }

    @Test
    void tlsAndPasswords() throws Exception {
        assertThat(run("-uroot", "--ssl", "--skip-ssl-verify-server-cert", "-e", "SELECT 2"))
                .isEqualTo("exit=0\n2\n2\n");
        assertThat(run("-unative", "-p" + FakeEngine.PASSWORD, "-e", "SELECT 3")).isEqualTo("exit=0\n3\n3\n");
        assertThat(run("-unative", "-pwrong", "-e", "SELECT 3")).startsWith("exit=1\n")
                .contains("ERROR 1045 (28000): Access denied for user 'native'@'localhost' (using password: YES)");
    }
}
