package io.sprocket.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Workload d in process: a trivial CALL per operation, and SELECT 1 as its control, each thread on its own
 * session of one shared engine (JMH's -t 8 gives the 8-connection case). Without the network this is the
 * engine's per-statement cost: parse, privilege check, routine frame, result. {@code d_callAsExecuteOnlyUser}
 * makes the same CALL as an account that holds nothing but EXECUTE on the procedure (issue 4: within 5% of root).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallBench {
    static final String CALLER_SQL = "'sp_bench_caller'@'%'";
    static final io.sprocket.engine.security.AccountName CALLER =
            new io.sprocket.engine.security.AccountName("sp_bench_caller", "%");

    /** The engine and the noop procedure, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        BenchEngine engine;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            setUp(!params.getBenchmark().endsWith(".d0_selectOne"));
        }

        /** The control needs no procedure, so it can be measured on an engine without CALL. */
        void setUp(boolean withNoop) {
            engine = BenchEngine.open();
            try (BenchEngine.Runner root = engine.session(null)) {
                root.run("CREATE DATABASE " + Workloads.DATABASE);
                if (withNoop) {
                    root.run(Workloads.NOOP);
                    root.run("CREATE USER " + CALLER_SQL + " IDENTIFIED BY 'sp_bench'");
                    root.run("GRANT EXECUTE ON PROCEDURE " + Workloads.DATABASE + ".noop TO " + CALLER_SQL);
                }
            } catch (RuntimeException e) {
                engine.close(); // JMH skips the tear-down of a failed set-up: do not leave the data directory behind
                throw e;
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            engine.close();
        }
    }

    /** Each benchmark thread's own connection. */
    @State(Scope.Thread)
    public static class Connection {
        BenchEngine.Runner session;

        @Setup(Level.Trial)
        public void setUp(Shared shared, BenchmarkParams params) {
            setUp(shared, params.getBenchmark().endsWith(".d0_selectOne") ? Workloads.SELECT_ONE : Workloads.CALL_NOOP,
                    params.getBenchmark().endsWith(".d_callAsExecuteOnlyUser"));
        }

        /** Opens the session and runs the measured statement once, so that a failing one stops before timing. */
        void setUp(Shared shared, String statement, boolean asCaller) {
            session = asCaller ? shared.engine.session(Workloads.DATABASE, CALLER) : shared.engine.session(Workloads.DATABASE);
            try {
                session.run(statement);
            } catch (RuntimeException e) {
                shared.engine.close();
                throw e;
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            session.close();
        }
    }

    /** d: CALL noop(). */
    @Benchmark
    public Object d_callNoop(Connection c) {
        return c.session.run(Workloads.CALL_NOOP);
    }

    /** d as an account with only EXECUTE on noop: the privilege checks' cost against d_callNoop (root). */
    @Benchmark
    public Object d_callAsExecuteOnlyUser(Connection c) {
        return c.session.run(Workloads.CALL_NOOP);
    }

    /** d0: SELECT 1, the floor for d. */
    @Benchmark
    public Object d0_selectOne(Connection c) {
        return c.session.run(Workloads.SELECT_ONE);
    }
}
