package io.sprocket.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the benchmarks honest without running JMH: each workload runs once at a small size through the same
 * set-up (which checks its answer), and the routines are read whole from the SQL runner's files.
 */
class BenchSmokeTest {
    @Test
    void routinesComeWholeFromTheSqlRunnersFiles() {
        assertThat(Workloads.delimited("10_routines.sql")).containsExactly(Workloads.LOOP_IF, Workloads.F, Workloads.CURSOR_SUM,
                Workloads.routine("f_dec"), Workloads.routine("f_len"));
        assertThat(Workloads.routine("f_len")).startsWith("CREATE FUNCTION f_len(s VARCHAR(20)) RETURNS INT");
        assertThat(Workloads.LOOP_IF).startsWith("CREATE PROCEDURE loop_if(IN cnt INT)\nBEGIN").endsWith("\nEND");
        assertThat(Workloads.F).isEqualTo("CREATE FUNCTION f(n INT) RETURNS BIGINT DETERMINISTIC\n  RETURN n * 2 + 1");
        assertThat(Workloads.CURSOR_SUM).startsWith("CREATE PROCEDURE cursor_sum()").endsWith("\nEND");
        assertThat(Workloads.NOOP).startsWith("CREATE PROCEDURE sp_bench.noop()").endsWith("\nEND");
        assertThatThrownBy(() -> Workloads.routine("missing")).hasMessageContaining("no routine missing");
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

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void callWorkloadsRunOnTheirOwnSessions(boolean call) {
        CallBench.Shared shared = new CallBench.Shared();
        shared.setUp(call);
        try {
            CallBench bench = new CallBench();
            CallBench.Connection c = new CallBench.Connection();
            c.setUp(shared, call ? Workloads.CALL_NOOP : Workloads.SELECT_ONE, false);
            try {
                if (call) assertThat(bench.d_callNoop(c)).isNull();
                else assertThat(bench.d0_selectOne(c)).isEqualTo(1L);
            } finally {
                c.tearDown();
            }
            if (call) {
                CallBench.Connection caller = new CallBench.Connection();
                caller.setUp(shared, Workloads.CALL_NOOP, true);
                try {
                    assertThat(bench.d_callAsExecuteOnlyUser(caller)).isNull();
                } finally {
                    caller.tearDown();
                }
            }
        } finally {
            shared.tearDown();
        }
    }
}
