package io.sprocket.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.conformance.format.Modifiers;
import io.sprocket.conformance.format.TestFile;
import io.sprocket.conformance.format.TestFileParser;
import io.sprocket.conformance.format.TestFileWriter;
import io.sprocket.conformance.runner.RecordResult.Status;
import io.sprocket.conformance.backend.Actual;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileRunnerTest {
    private static final String FILE = """
            statement ok
            CREATE DATABASE conf_x
            ----
            affected 1

            knownfail ours SELECT not implemented
            query I nosort
            SELECT 1
            ----
            1

            skipif wire
            query I nosort
            SELECT 2
            ----
            2

            statement ok
            SELECT 3

            connect bob user=bob
            statement error 1146
            SELECT * FROM conf_x.nope

            connection default
            statement ok
            DROP DATABASE conf_x
            """;

    private static ScriptedTarget wire() {
        return new ScriptedTarget("wire", "wire", "ours", "mysql")
                .answer("CREATE DATABASE conf_x", new Actual.Ok(1, "", List.of()))
                .answer("SELECT 3", new Actual.Rows(List.of(new Actual.Column("3", 'I')), List.of(List.of("3")), List.of()))
                .answer("SELECT * FROM conf_x.nope", new Actual.Failure(1146, "42S02", "Table 'conf_x.nope' doesn't exist"))
                .answer("DROP DATABASE conf_x", new Actual.Ok(0, "", List.of()));
    }

    @Test
    void givesEveryRecordAVerdictAndKeepsGoingAfterFailures() {
        ScriptedTarget target = wire();
        FileResult result = new FileRunner(target).run(TestFileParser.parse("x.test", FILE));
        assertThat(result.records()).extracting(RecordResult::status).containsExactly(
                Status.PASSED, Status.KNOWNFAIL, Status.SKIPPED, Status.PASSED, Status.PASSED, Status.PASSED,
                Status.PASSED, Status.PASSED);
        assertThat(result.passed()).isTrue();
        // the file's databases are dropped first on a separate connection, then records run in order
        assertThat(target.executed).containsExactly("root#0: DROP DATABASE IF EXISTS `conf_x`",
                "root#1: CREATE DATABASE conf_x", "root#1: SELECT 1", "root#1: SELECT 3",
                "bob#2: SELECT * FROM conf_x.nope", "root#1: DROP DATABASE conf_x");
    }

    @Test
    void aKnownFailureThatStartsPassingFailsTheRun() {
        ScriptedTarget target = wire().answer("SELECT 1",
                new Actual.Rows(List.of(new Actual.Column("1", 'I')), List.of(List.of("1")), List.of()));
        FileResult result = new FileRunner(target).run(TestFileParser.parse("x.test", FILE));
        assertThat(result.records().get(1).status()).isEqualTo(Status.ROTTED);
        assertThat(result.passed()).isFalse();
        assertThat(result.problems()).containsExactly(
                "x.test:7: marked knownfail but passes on wire; remove the mark (run mark-knownfail)");
    }

    @Test
    void anUnmarkedDivergenceIsReportedWithFileAndLine() {
        ScriptedTarget target = wire().answer("DROP DATABASE conf_x", new Actual.Ok(2, "", List.of()));
        FileResult result = new FileRunner(target).run(TestFileParser.parse("x.test", FILE));
        assertThat(result.problems()).containsExactly("x.test:26: affected rows: expected 0, got 2");
        assertThat(result.firstDivergence()).map(RecordResult::line).contains(26);
    }

    @Test
    void knownFailMarksFollowTheCurrentFailures() {
        ScriptedTarget target = wire().answer("SELECT 1",
                new Actual.Rows(List.of(new Actual.Column("1", 'I')), List.of(List.of("1")), List.of()))
                .answer("SELECT 3", new Actual.Failure(1235, "42000", "not yet"));
        TestFile file = TestFileParser.parse("x.test", FILE);
        TestFile marked = KnownFailMarker.mark(file, List.of(new FileRunner(target).run(file)));
        assertThat(marked.items().get(1).modifiers().knownFail()).isEmpty();
        assertThat(marked.items().get(3).modifiers().knownFail()).containsExactly(
                new Modifiers.KnownFail("ours", "expected OK, got error 1235 (42000): not yet"));
        // the rewritten file now passes, and the rest of it is unchanged
        assertThat(new FileRunner(target).run(marked).passed()).isTrue();
        assertThat(TestFileWriter.write(marked)).contains("skipif wire\nquery I nosort\nSELECT 2");
    }

    @Test
    void recordsForAConnectionThatFailedToOpenDoNotRunElsewhere() {
        ScriptedTarget refusing = new ScriptedTarget("wire", "wire", "ours") {
            @Override
            public io.sprocket.conformance.backend.TargetConnection connect(String user, String password,
                                                                             String database)
                    throws io.sprocket.conformance.backend.TargetException {
                if (user.equals("bob")) throw new io.sprocket.conformance.backend.TargetException("access denied", null);
                return super.connect(user, password, database);
            }
        };
        FileResult result = new FileRunner(refusing).run(TestFileParser.parse("z.test", """
                connect bob user=bob
                statement ok
                SELECT 1
                """));
        assertThat(result.records()).extracting(RecordResult::divergence).containsExactly(
                "connect bob failed: access denied", "expected OK, got harness failure: no current connection (bob)");
        assertThat(refusing.executed).isEmpty();
    }

    @Test
    void aLoginThatMustFailComparesTheErrorAndKeepsTheCurrentConnection() {
        ScriptedTarget refusing = new ScriptedTarget("wire", "wire", "ours") {
            @Override
            public io.sprocket.conformance.backend.TargetConnection connect(String user, String password,
                                                                             String database)
                    throws io.sprocket.conformance.backend.TargetException {
                if (password.equals("wrong")) {
                    throw new io.sprocket.conformance.backend.TargetException("access denied", null, 1045);
                }
                return super.connect(user, password, database);
            }
        };
        refusing.answer("SELECT 1", new Actual.Rows(List.of(new Actual.Column("1", 'I')), List.of(List.of("1")), List.of()));
        FileResult result = new FileRunner(refusing).run(TestFileParser.parse("z.test", """
                connect bad user=bob password=wrong error=ER_ACCESS_DENIED_ERROR

                connect bad2 user=bob password=wrong error=1044

                connect good user=bob password=right error=1045

                query I nosort
                SELECT 1
                ----
                1
                """));
        assertThat(result.records()).extracting(RecordResult::divergence).containsExactly(
                null, "expected login error 1044, got access denied", "expected login error 1045, connected", null);
    }

    @Test
    void marksOnRecordsNoneOfOurTargetsRunAreDropped() {
        TestFile file = TestFileParser.parse("y.test", """
                onlyif mariadb
                knownfail ours stale
                statement ok
                SELECT 1
                """);
        TestFile marked = KnownFailMarker.mark(file, List.of(new FileRunner(wire()).run(file)));
        assertThat(marked.items().getFirst().modifiers().knownFail()).isEmpty();
        assertThat(marked.items().getFirst().modifiers().onlyIf()).containsExactly("mariadb");
    }

    @Test
    void failuresOnOnlySomeTargetsAreMarkedPerTarget() {
        ScriptedTarget wire = wire();
        ScriptedTarget engine = new ScriptedTarget("engine", "engine", "ours", "mysql");
        TestFile file = TestFileParser.parse("x.test", FILE);
        TestFile marked = KnownFailMarker.mark(file, List.of(new FileRunner(wire).run(file), new FileRunner(engine).run(file)));
        assertThat(marked.items().get(0).modifiers().knownFail()).extracting(Modifiers.KnownFail::scope)
                .containsExactly("engine");
        assertThat(marked.items().get(1).modifiers().knownFail()).extracting(Modifiers.KnownFail::scope)
                .containsExactly("ours");
        assertThat(new FileRunner(wire).run(marked).passed()).isTrue();
        assertThat(new FileRunner(engine).run(marked).passed()).isTrue();
    }

    @Test
    void recordRewritesExpectationsFromTheOracleButLeavesSkippedRecords() {
        ScriptedTarget oracle = new ScriptedTarget("mariadb", "mariadb")
                .answer("CREATE DATABASE conf_x", new Actual.Ok(1, "", List.of()))
                .answer("SELECT 1", new Actual.Rows(List.of(new Actual.Column("1", 'T')), List.of(List.of("one")), List.of()))
                .answer("SELECT 2", new Actual.Rows(List.of(new Actual.Column("2", 'I')), List.of(List.of("9")), List.of()))
                .answer("SELECT 3", new Actual.Ok(0, "", List.of()))
                .answer("SELECT * FROM conf_x.nope", new Actual.Failure(1146, "42S02", "gone"))
                .answer("DROP DATABASE conf_x", new Actual.Ok(0, "", List.of("Note\t1\tx")));
        TestFile file = TestFileParser.parse("x.test", FILE.replace("skipif wire", "skipif mariadb"));
        String written = TestFileWriter.write(Recorder.record(new FileRunner(oracle).run(file)));
        assertThat(written).contains("knownfail ours SELECT not implemented\nquery T nosort\nSELECT 1\n----\none\n");
        assertThat(written).contains("skipif mariadb\nquery I nosort\nSELECT 2\n----\n2\n");
        assertThat(written).contains("statement error ER_NO_SUCH_TABLE 42S02\nSELECT * FROM conf_x.nope\n");
        assertThat(written).endsWith("statement ok\nDROP DATABASE conf_x\n---- warnings\nNote\t1\tx\n");
    }
}
