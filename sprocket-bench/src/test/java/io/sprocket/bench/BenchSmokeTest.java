package io.sprocket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the benchmarks honest without running JMH: each workload runs once at a small size through the same
 * set-up (which checks its answer), and the routines stay those of the SQL runner.
 */
class BenchSmokeTest {
    private static final Path SQL = Path.of("..", "bench", "routines");

    /** The statements between "DELIMITER //" and "DELIMITER ;" of a bench/routines file, leading comments dropped. */
    private static List<String> routinesIn(String file) throws IOException {
        String text = Files.readString(SQL.resolve(file));
        String block = text.substring(text.indexOf("DELIMITER //\n") + "DELIMITER //\n".length(), text.indexOf("DELIMITER ;"));
        List<String> out = new ArrayList<>();
        for (String piece : block.split("//\n")) {
            String statement = piece.lines().dropWhile(l -> l.isBlank() || l.startsWith("--"))
                    .collect(Collectors.joining("\n")).strip();
            if (!statement.isEmpty()) out.add(statement);
        }
        return out;
    }

    @Test
    void routinesAreThoseOfTheSqlRunner() throws IOException {
        assertThat(routinesIn("10_routines.sql")).containsExactly(Workloads.LOOP_IF, Workloads.F, Workloads.CURSOR_SUM);
        assertThat(routinesIn("20_noop_root.sql")).containsExactly(Workloads.NOOP);
    }

    @Test
    void expectedAnswersMatchBruteForce() {
        long loop = 0, sum = 0, plain = 0;
        for (int i = 1; i <= 1000; i++) {
            loop += i % 3 == 0 ? i : -1;
            sum += 2L * i + 1;
            plain += i;
        }
        assertThat(Workloads.expectedLoop(1000)).isEqualByComparingTo(BigDecimal.valueOf(loop));
        assertThat(Workloads.expectedSum(1000)).isEqualByComparingTo(BigDecimal.valueOf(sum));
        assertThat(Workloads.expectedCursor(1000)).isEqualByComparingTo(BigDecimal.valueOf(plain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a_loopIf", "b_funcPerRow", "b0_inlineSum", "c_cursorSum"})
    void routineWorkloadRunsAndAnswersCorrectly(String method) {
        RoutineBench bench = new RoutineBench();
        bench.loopCount = 3_001;
        bench.rows = 2_002;
        bench.cursorRows = 1_503;
        bench.setUp(method); // throws unless the workload answers what the closed form says
        try {
            Object again = switch (method) {
                case "a_loopIf" -> bench.a_loopIf();
                case "b_funcPerRow" -> bench.b_funcPerRow();
                case "b0_inlineSum" -> bench.b0_inlineSum();
                default -> bench.c_cursorSum();
            };
            BigDecimal expected = switch (method) {
                case "a_loopIf" -> Workloads.expectedLoop(3_001);
                case "c_cursorSum" -> Workloads.expectedCursor(1_503);
                default -> Workloads.expectedSum(2_002);
            };
            assertThat(new BigDecimal(again.toString())).isEqualByComparingTo(expected);
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void callWorkloadRunsOnEachThreadsSession() {
        CallBench.Shared shared = new CallBench.Shared();
        shared.setUp();
        try {
            CallBench bench = new CallBench();
            CallBench.Connection c = new CallBench.Connection();
            c.setUp(shared);
            assertThat(bench.d_callNoop(c)).isNull();
            assertThat(bench.d0_selectOne(c)).isEqualTo(1L);
            c.tearDown();
        } finally {
            shared.tearDown();
        }
    }
}
