package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Partition: i in (NULL, 1, 2, 2) ordered by i, default frame RANGE UNBOUNDED PRECEDING .. CURRENT ROW. */
class WindowFunctionsTest {
    private final TestContext c = new TestContext();
    private static final Long[] VALUES = {null, 1L, 2L, 2L};

    private record Partition(Object[][] args) implements WindowPartition {
        public int size() { return VALUES.length; }
        public int argumentCount() { return args[0].length; }
        public Object argument(int row, int index) { return args[row][index]; }
        public boolean peers(int row, int other) { return Objects.equals(VALUES[row], VALUES[other]); }
        public int frameStart(int row) { return 0; }
        public int frameEnd(int row) {
            int end = row + 1;
            while (end < VALUES.length && peers(row, end)) end++;
            return end;
        }
    }

    private List<Object> run(String name, Object... extraArgs) {
        Object[][] args = new Object[VALUES.length][];
        for (int r = 0; r < VALUES.length; r++) {
            if (name.equals("ntile")) {
                args[r] = extraArgs; // NTILE(n) has no value expression
                continue;
            }
            args[r] = new Object[1 + extraArgs.length];
            args[r][0] = VALUES[r];
            System.arraycopy(extraArgs, 0, args[r], 1, extraArgs.length);
        }
        WindowEvaluator e = FunctionRegistry.standard().window(name).orElseThrow().newEvaluator();
        Partition p = new Partition(args);
        List<Object> out = new ArrayList<>();
        for (int r = 0; r < VALUES.length; r++) out.add(e.evaluate(p, r, c));
        return out;
    }

    @Test
    void rankingAndDistribution() {
        assertThat(run("row_number")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(run("rank")).containsExactly(1L, 2L, 3L, 3L);
        assertThat(run("dense_rank")).containsExactly(1L, 2L, 3L, 3L);
        assertThat(run("percent_rank")).containsExactly(0.0, 1.0 / 3, 2.0 / 3, 2.0 / 3);
        assertThat(run("cume_dist")).containsExactly(0.25, 0.5, 1.0, 1.0);
        assertThat(run("ntile", 3L)).containsExactly(1L, 1L, 2L, 3L);
    }

    @Test
    void offsetsAndValues() {
        assertThat(run("lag")).containsExactly(null, null, 1L, 2L);
        assertThat(run("lead", 2L, -1L)).containsExactly(2L, 2L, -1L, -1L);
        assertThat(run("first_value")).containsExactly(null, null, null, null);
        assertThat(run("last_value")).containsExactly(null, 1L, 2L, 2L);
        assertThat(run("nth_value", 2L)).containsExactly(null, 1L, 1L, 1L);
    }
}
