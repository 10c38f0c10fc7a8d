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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-row trigger overhead in process: one INSERT ... SELECT of {@code rows} rows into a table without triggers,
 * and the same into a table with one simple BEFORE INSERT trigger ({@code SET NEW.b = NEW.a * 2}); the difference
 * divided by the row count is what a firing costs (definer context switch, frame copy, the body, copy back).
 * Each measured operation is one statement; the target table is emptied before each.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@State(Scope.Benchmark)
public class TriggerBench {
    @Param("100000")
    public int rows;

    BenchEngine engine;
    BenchEngine.Runner session;

    @Setup(Level.Trial)
    public void setUp() {
        engine = BenchEngine.open();
        session = engine.session(null);
        try {
            session.run("CREATE DATABASE trg_bench");
            session.run("USE trg_bench");
            session.run("CREATE TABLE d10 (d INT)");
            session.run("INSERT INTO d10 VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
            session.run("CREATE TABLE src (id INT PRIMARY KEY)");
            session.run("INSERT INTO src SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d "
                    + "FROM d10 a, d10 b, d10 c, d10 e, d10 f, d10 g WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d "
                    + "+ 10000 * f.d + 100000 * g.d < " + rows);
            session.run("CREATE TABLE plain (a INT, b INT)");
            session.run("CREATE TABLE triggered (a INT, b INT)");
            session.run("CREATE TRIGGER triggered_bi BEFORE INSERT ON triggered FOR EACH ROW SET NEW.b = NEW.a * 2");
            session.check("SELECT COUNT(*) FROM src", java.math.BigDecimal.valueOf(rows));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    @Setup(Level.Invocation)
    public void empty() {
        session.run("TRUNCATE TABLE plain");
        session.run("TRUNCATE TABLE triggered");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.check("SELECT COUNT(*) FROM triggered WHERE b IS NULL OR b <> a * 2", java.math.BigDecimal.ZERO);
        session.close();
        engine.close();
    }

    @Benchmark
    public Object insertSelectWithoutTrigger() {
        return session.run("INSERT INTO plain (a) SELECT id FROM src");
    }

    @Benchmark
    public Object insertSelectWithBeforeInsertTrigger() {
        return session.run("INSERT INTO triggered (a) SELECT id FROM src");
    }
}
