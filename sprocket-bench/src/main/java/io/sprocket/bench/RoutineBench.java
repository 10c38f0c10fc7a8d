package io.sprocket.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Workloads a, b (with its inline control b0) and c, one statement per operation through the Session API: the
 * interpreter's cost plus parsing the CALL/SELECT text, without the network. The fixture is built once per
 * trial in a fresh data directory, and the measured statement is run once and its answer checked before
 * timing starts, so a wrong or failing workload never produces a number. Sizes are parameters (-p name=value).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1) // one session, which is not thread-safe
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutineBench {
    /** Iterations of loop_if (workload a: 1,000,000, as in the SQL runner). */
    @Param("1000000")
    public int loopCount;

    /**
     * Rows of t1m, read by f per row and by the inline control. The SQL runner's workload b has 1,000,000; the
     * default here is 100,000 because the engine loads a million rows in about 25 s, once per trial (pass
     * -p rows=1000000 for the full size).
     */
    @Param("100000")
    public int rows;

    /** Rows of t100k, read by the cursor (workload c: 100,000, as in the SQL runner). */
    @Param("100000")
    public int cursorRows;

    private BenchEngine engine;
    private BenchEngine.Runner session;
    private String loopSql;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        setUp(benchmark.substring(benchmark.lastIndexOf('.') + 1));
    }

    /**
     * Creates the one table and routine {@code method} uses, then runs its statement once and checks the answer
     * (which also compiles the routine it calls).
     */
    void setUp(String method) {
        engine = BenchEngine.open();
        session = engine.session(null);
        try {
            createAndCheck(method);
        } catch (RuntimeException e) {
            tearDown(); // JMH skips the tear-down of a failed set-up: do not leave the data directory behind
            throw e;
        }
    }

    private void createAndCheck(String method) {
        session.runAll(Workloads.database());
        loopSql = Workloads.loopIf(loopCount);
        switch (method) {
            case "a_loopIf" -> {
                session.run(Workloads.LOOP_IF);
                session.check(loopSql, Workloads.expectedLoop(loopCount));
            }
            case "b_funcPerRow" -> {
                session.runAll(Workloads.numbers("t1m", rows));
                session.run(Workloads.F);
                session.check(Workloads.FUNC_PER_ROW, Workloads.expectedSum(rows));
            }
            case "b0_inlineSum" -> { // the control needs no routine
                session.runAll(Workloads.numbers("t1m", rows));
                session.check(Workloads.INLINE_SUM, Workloads.expectedSum(rows));
            }
            case "c_cursorSum" -> {
                session.runAll(Workloads.numbers("t100k", cursorRows));
                session.run(Workloads.CURSOR_SUM);
                session.check(Workloads.CURSOR, Workloads.expectedCursor(cursorRows));
            }
            default -> throw new IllegalArgumentException("no fixture for " + method);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
        engine.close();
    }

    /** a: CALL loop_if(loopCount). */
    @Benchmark
    public Object a_loopIf() {
        return session.run(loopSql);
    }

    /** b: SELECT SUM(f(n)) over t1m, f a one-expression stored function. */
    @Benchmark
    public Object b_funcPerRow() {
        return session.run(Workloads.FUNC_PER_ROW);
    }

    /** b0: the same sum with the expression inline, the floor for b. */
    @Benchmark
    public Object b0_inlineSum() {
        return session.run(Workloads.INLINE_SUM);
    }

    /** c: CALL cursor_sum(), a cursor over t100k ended by a NOT FOUND handler. */
    @Benchmark
    public Object c_cursorSum() {
        return session.run(Workloads.CURSOR);
    }
}
