package io.sprocket.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.conformance.format.TestFile;
import io.sprocket.conformance.runner.FileResult;
import io.sprocket.conformance.runner.FileRunner;
import io.sprocket.conformance.runner.RecordResult;
import io.sprocket.conformance.runner.Summary;
import io.sprocket.conformance.backend.EngineTarget;
import io.sprocket.conformance.backend.JdbcDriver;
import io.sprocket.conformance.backend.SprocketServerLauncher;
import io.sprocket.conformance.backend.Target;
import io.sprocket.conformance.backend.WireTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every .test file under src/test/resources/conformance on our targets, one dynamic test per file, with
 * no oracle: the expectations are in the files. A file fails when a record diverges without a knownfail mark,
 * or when a marked record passes (the mark has rotted; re-run mark-knownfail).
 */
class ConformanceCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/conformance");

    /** The smaller set also run through MariaDB Connector/J (the corpus runs through MySQL Connector/J). */
    static final Set<String> MARIADB_DRIVER_FILES = Set.of("select_basic.test", "dml_insert.test", "errors.test",
            "types_temporal.test", "transactions.test", "accounts.test");

    @TestFactory
    Stream<DynamicTest> engine(@TempDir Path dataDir) throws Exception {
        return corpus("engine", () -> new EngineTarget(dataDir), allFiles(), true);
    }

    @TestFactory
    Stream<DynamicTest> wire(@TempDir Path dataDir) throws Exception {
        return corpus("wire", () -> new WireTarget(new SprocketServerLauncher(), dataDir, JdbcDriver.MYSQL),
                allFiles(), true);
    }

    /**
     * The same server through MariaDB Connector/J. It cannot see info strings, so a record marked knownfail for
     * a wrong info string may pass here; only new divergences count on this driver.
     */
    @TestFactory
    Stream<DynamicTest> wireThroughMariadbDriver(@TempDir Path dataDir) throws Exception {
        List<Path> files = allFiles().stream()
                .filter(p -> MARIADB_DRIVER_FILES.contains(p.getFileName().toString())).toList();
        return corpus("wire (MariaDB Connector/J)",
                () -> new WireTarget(new SprocketServerLauncher(), dataDir, JdbcDriver.MARIADB), files, false);
    }

    interface TargetFactory {
        Target open() throws Exception;
    }

    private static List<Path> allFiles() throws Exception {
        return Conformance.testFiles(List.of(CORPUS));
    }

    private static Stream<DynamicTest> corpus(String label, TargetFactory factory, List<Path> files,
                                              boolean rotFails) {
        Summary summary = new Summary(label);
        Target[] target = new Target[1];
        List<DynamicTest> tests = new ArrayList<>();
        for (Path path : files) {
            tests.add(DynamicTest.dynamicTest(CORPUS.relativize(path).toString(), path.toUri(), () -> {
                if (target[0] == null) target[0] = factory.open();
                TestFile file = Conformance.load(path);
                FileResult result = new FileRunner(target[0]).run(file);
                summary.add(result);
                List<String> problems = result.records().stream()
                        .filter(r -> r.status() == RecordResult.Status.FAILED
                                || (rotFails && r.status() == RecordResult.Status.ROTTED))
                        .map(result::describe).toList();
                assertThat(problems).as("divergences on %s", label).isEmpty();
            }));
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            if (target[0] != null) target[0].close();
            System.out.println(summary.line());
        }));
        return tests.stream();
    }
}
