package io.sprocket.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.conformance.backend.Actual;
import io.sprocket.conformance.format.TestFileParser;
import io.sprocket.conformance.format.TestFileWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecorderTest {
    private static Actual.Rows rows(String letters, List<List<String>> values) {
        List<Actual.Column> columns = letters.chars().mapToObj(c -> new Actual.Column("c" + (char) c, (char) c)).toList();
        return new Actual.Rows(columns, values, List.of());
    }

    private static String record(String file, ScriptedTarget oracle) {
        return TestFileWriter.write(Recorder.record(new FileRunner(oracle).run(TestFileParser.parse("r.test", file))));
    }

    @Test
    void writesRowsInTheRecordsSortModeAndKeepsHandWrittenLetters() {
        ScriptedTarget oracle = new ScriptedTarget("mariadb", "mariadb")
                .answer("SELECT a", rows("IT", List.of(List.of("2", "b"), List.of("1", "a"))))
                .answer("SELECT v", rows("IT", List.of(List.of("2", "b"), List.of("1", "a"))))
                .answer("SELECT j", rows("T?", List.of(List.of("{}", "NULL"))));
        String written = record("""
                query II rowsort
                SELECT a

                query II valuesort
                SELECT v

                query J? nosort
                SELECT j
                """, oracle);
        assertThat(written).isEqualTo("""
                query IT rowsort
                SELECT a
                ----
                1\ta
                2\tb

                query IT valuesort
                SELECT v
                ----
                1
                2
                a
                b

                query J? nosort
                SELECT j
                ----
                {}\tNULL
                """);
    }

    @Test
    void keepsAMessageRegexThatStillMatchesAndReplacesOneThatDoesNot() {
        ScriptedTarget oracle = new ScriptedTarget("mariadb", "mariadb")
                .answer("SELEC 1", new Actual.Failure(1064, "42000", "syntax near 'SELEC 1' at line 1"))
                .answer("SELEC 2", new Actual.Failure(1064, "42000", "syntax near 'SELEC 2' at line 1"));
        String written = record("""
                statement error 1064
                SELEC 1
                ----
                ~syntax near '.*' at line 1

                statement error 1064
                SELEC 2
                ----
                ~nothing like it
                """, oracle);
        assertThat(written).isEqualTo("""
                statement error ER_PARSE_ERROR 42000
                SELEC 1
                ----
                ~syntax near '.*' at line 1

                statement error ER_PARSE_ERROR 42000
                SELEC 2
                ----
                syntax near 'SELEC 2' at line 1
                """);
    }

    @Test
    void recordsEveryResultOfAMultiRecordAndLeavesHarnessFailuresAlone() {
        ScriptedTarget oracle = new ScriptedTarget("mariadb", "mariadb")
                .answer("CALL p()", rows("I", List.of(List.of("1"))), new Actual.Ok(2, "", List.of("Note\t1\tn")))
                .answer("SELECT broken", Actual.Failure.harness("connection lost"));
        String written = record("""
                multi
                CALL p()
                ---- ok

                statement ok
                SELECT broken
                """, oracle);
        assertThat(written).isEqualTo("""
                multi
                CALL p()
                ---- query I nosort
                1
                ---- ok
                affected 2
                ---- warnings
                Note\t1\tn

                statement ok
                SELECT broken
                """);
    }
}
