package io.sprocket.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL of the stored-program workloads (issue 3: a loop, b function per row, c cursor, d trivial CALL), as
 * the in-process benchmarks run it. The routines are read from the SQL runner's own files. Table names follow
 * the SQL runner too, but here their sizes are parameters: t1m holds {@code rows} rows and t100k
 * {@code cursorRows}.
 */
public final class Workloads {
    private Workloads() {
    }

    public static final String DATABASE = "sp_bench";

    public static final String LOOP_IF = routine("loop_if");
    public static final String F = routine("f");
    public static final String CURSOR_SUM = routine("cursor_sum");
    /** Root's variant of workload d's procedure: the in-process session is root, and accounts come later. */
    public static final String NOOP = routine("noop");

    /**
     * The CREATE statement of routine {@code name} from bench/routines/10_routines.sql or 20_noop_root.sql (the
     * build copies them onto the class path), so that both harnesses run one text.
     */
    static String routine(String name) {
        Pattern header = Pattern.compile("CREATE (PROCEDURE|FUNCTION) (\\w+\\.)?" + Pattern.quote(name) + "\\(");
        for (String file : List.of("10_routines.sql", "20_noop_root.sql")) {
            for (String statement : delimited(file)) {
                if (header.matcher(statement).lookingAt()) return statement;
            }
        }
        throw new IllegalStateException("no routine " + name + " in bench/routines");
    }

    /** The statements between "DELIMITER //" and "DELIMITER ;" of a bench/routines file, leading comments dropped. */
    static List<String> delimited(String file) {
        String text;
        try (InputStream in = Workloads.class.getResourceAsStream("/bench-routines/" + file)) {
            if (in == null) throw new IllegalStateException("bench/routines/" + file + " is not on the class path");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = "DELIMITER //\n";
        String block = text.substring(text.indexOf(open) + open.length(), text.indexOf("DELIMITER ;"));
        List<String> out = new ArrayList<>();
        for (String piece : block.split("//\n")) {
            String statement = piece.lines().dropWhile(l -> l.isBlank() || l.startsWith("--"))
                    .collect(Collectors.joining("\n")).strip();
            if (!statement.isEmpty()) out.add(statement);
        }
        return out;
    }

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
