package io.sprocket.bench;

import java.math.BigDecimal;
import java.util.List;

/**
 * The SQL of the stored-program workloads (issue 3: a loop, b function per row, c cursor, d trivial CALL), as
 * the in-process benchmarks run it. The routine texts are those of bench/routines/10_routines.sql and
 * 20_noop_root.sql; the smoke test fails when the two drift apart. Table names follow the SQL runner too, but
 * here their sizes are parameters: t1m holds {@code rows} rows and t100k {@code cursorRows}.
 */
public final class Workloads {
    private Workloads() {
    }

    public static final String DATABASE = "sp_bench";

    public static final String LOOP_IF = """
            CREATE PROCEDURE loop_if(IN cnt INT)
            BEGIN
              DECLARE i INT DEFAULT 0;
              DECLARE acc BIGINT DEFAULT 0;
              WHILE i < cnt DO
                SET i = i + 1;
                IF i % 3 = 0 THEN
                  SET acc = acc + i;
                ELSE
                  SET acc = acc - 1;
                END IF;
              END WHILE;
              SELECT acc AS loop_result;
            END""";

    public static final String F = """
            CREATE FUNCTION f(n INT) RETURNS BIGINT DETERMINISTIC
              RETURN n * 2 + 1""";

    public static final String CURSOR_SUM = """
            CREATE PROCEDURE cursor_sum()
            BEGIN
              DECLARE finished INT DEFAULT 0;
              DECLARE v INT;
              DECLARE total BIGINT DEFAULT 0;
              DECLARE cur CURSOR FOR SELECT n FROM t100k;
              DECLARE CONTINUE HANDLER FOR NOT FOUND SET finished = 1;
              OPEN cur;
              fetching: LOOP
                FETCH cur INTO v;
                IF finished = 1 THEN
                  LEAVE fetching;
                END IF;
                SET total = total + v;
              END LOOP;
              CLOSE cur;
              SELECT total AS cursor_result;
            END""";

    /** Root's variant of workload d's procedure: the in-process session is root, and accounts come later. */
    public static final String NOOP = """
            CREATE PROCEDURE sp_bench.noop()
              SQL SECURITY DEFINER
            BEGIN
              DECLARE v INT DEFAULT 1;
            END""";

    public static final List<String> ROUTINES = List.of(LOOP_IF, F, CURSOR_SUM, NOOP);

    public static String loopIf(int count) {
        return "CALL loop_if(" + count + ")";
    }

    public static final String FUNC_PER_ROW = "SELECT SUM(f(n)) FROM t1m";
    public static final String INLINE_SUM = "SELECT SUM(n * 2 + 1) FROM t1m";
    public static final String CURSOR = "CALL cursor_sum()";
    public static final String CALL_NOOP = "CALL noop()";
    public static final String SELECT_ONE = "SELECT 1";

    /** Statements that (re)create the database and the helper tables digit (0..9) and k (0..999). */
    public static List<String> database() {
        return List.of(
                "DROP DATABASE IF EXISTS " + DATABASE,
                "CREATE DATABASE " + DATABASE,
                "USE " + DATABASE,
                "CREATE TABLE digit (v INT NOT NULL PRIMARY KEY)",
                "INSERT INTO digit (v) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)",
                "CREATE TABLE k (v INT NOT NULL PRIMARY KEY)",
                "INSERT INTO k (v) SELECT x.v * 100 + y.v * 10 + z.v FROM digit x CROSS JOIN digit y CROSS JOIN digit z");
    }

    /**
     * Statements that create {@code table} (n INT primary key) holding 1..rows, at most 1,000,000: one set-based
     * insert from k x k, as bench/routines/00_tables.sql does.
     */
    public static List<String> numbers(String table, int rows) {
        if (rows < 1 || rows > 1_000_000) throw new IllegalArgumentException("table sizes are 1..1000000 rows");
        return List.of(
                "CREATE TABLE " + table + " (n INT NOT NULL PRIMARY KEY)",
                "INSERT INTO " + table + " (n) SELECT hi.v * 1000 + lo.v + 1 FROM k hi CROSS JOIN k lo"
                        + " WHERE hi.v * 1000 + lo.v < " + rows);
    }

    /** loop_if(count)'s answer: the multiples of 3 up to count added, one subtracted for every other i. */
    public static BigDecimal expectedLoop(long count) {
        long k = count / 3;
        return BigDecimal.valueOf(3 * k * (k + 1) / 2 - (count - k));
    }

    /** SUM(n * 2 + 1) for n = 1..rows. */
    public static BigDecimal expectedSum(long rows) {
        return BigDecimal.valueOf(rows * (rows + 1) + rows);
    }

    /** SUM(n) for n = 1..rows. */
    public static BigDecimal expectedCursor(long rows) {
        return BigDecimal.valueOf(rows * (rows + 1) / 2);
    }
}
