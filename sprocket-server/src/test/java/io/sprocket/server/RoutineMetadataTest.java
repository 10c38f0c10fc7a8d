package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DatabaseMetaData's routine calls. MySQL Connector/J (default settings) answers them from
 * information_schema.ROUTINES and PARAMETERS when the server is MySQL 8.0 (against MariaDB it uses SHOW statements
 * instead); MariaDB Connector/J always from information_schema. Expected rows (all columns, via getString) as the
 * oracle gave them; for Connector/J's MySQL 8.0 path, the oracle's answers to the driver's own query text,
 * captured from the wire.
 */
class RoutineMetadataTest extends RoutineServerTest {
    private static final List<String> ALL_ROUTINES = List.of(
            "callwire | null | f_double | null | null | null | twice x | 2 | f_double",
            "callwire | null | p_io | null | null | null | in, out and inout | 1 | p_io",
            "callwire | null | p_io_rs | null | null | null |  | 1 | p_io_rs",
            "callwire | null | p_multi | null | null | null |  | 1 | p_multi",
            "callwire | null | p_one | null | null | null |  | 1 | p_one",
            "callwire | null | p_types | null | null | null |  | 1 | p_types");

    /** getProcedureColumns(DB, null, routine pattern, column pattern) by "routine column", per driver. */
    private static final Map<String, List<String>> MYSQL_PROCEDURE_COLUMNS = new LinkedHashMap<>();
    private static final Map<String, List<String>> MARIADB_PROCEDURE_COLUMNS = new LinkedHashMap<>();

    static {
        MYSQL_PROCEDURE_COLUMNS.put("p_io %", List.of(
                row("p_io", "a", "1 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null | null | 1 | YES"),
                row("p_io", "b", "4 | 12 | VARCHAR | null | 20 | null | 10 | 1 | null | null | null | null | 80 | 2"
                        + " | YES"),
                row("p_io", "c", "2 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null | null | 3 | YES")));
        MYSQL_PROCEDURE_COLUMNS.put("p_types %", List.of(
                row("p_types", "d", "1 | 3 | DECIMAL | 10 | 10 | 2 | 10 | 1 | null | null | null | null | null | 1"
                        + " | YES"),
                row("p_types", "dt", "4 | 93 | DATETIME | 0 | 19 | null | 10 | 1 | null | null | null | null | null | 2"
                        + " | YES"),
                row("p_types", "total", "4 | 3 | DECIMAL | 12 | 12 | 2 | 10 | 1 | null | null | null | null | null | 3"
                        + " | YES"),
                row("p_types", "unset", "4 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null | null | 4"
                        + " | YES")));
        // the column pattern selects parameters of every matching routine
        MYSQL_PROCEDURE_COLUMNS.put("p_io% c", List.of(
                row("p_io", "c", "2 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null | null | 3 | YES"),
                row("p_io_rs", "c", "2 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null | null | 3"
                        + " | YES")));
        // a function's return value: COLUMN_TYPE 5 (procedureColumnReturn), ORDINAL_POSITION 0, no name
        MYSQL_PROCEDURE_COLUMNS.put("f_double %", List.of(
                row("f_double", "", "5 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null | null | 0"
                        + " | YES"),
                row("f_double", "x", "1 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null | null | 1"
                        + " | YES")));

        MARIADB_PROCEDURE_COLUMNS.put("p_io %", List.of(
                row("p_io", "a", "1 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null | 1 | "),
                row("p_io", "b", "4 | 12 | varchar | 20 | 20 | null | 10 | 2 | null | null | 0 | 0 | 80 | 2 | "),
                row("p_io", "c", "2 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null | 3 | ")));
        MARIADB_PROCEDURE_COLUMNS.put("p_types %", List.of(
                row("p_types", "d", "1 | 3 | decimal | 10 | 10 | 2 | 10 | 2 | null | null | 0 | 0 | null | 1 | "),
                row("p_types", "dt", "4 | 93 | datetime | 19 | 19 | 0 | 10 | 2 | null | null | 0 | 0 | null | 2 | "),
                row("p_types", "total", "4 | 3 | decimal | 12 | 12 | 2 | 10 | 2 | null | null | 0 | 0 | null | 3 | "),
                row("p_types", "unset", "4 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null | 4 | ")));
        MARIADB_PROCEDURE_COLUMNS.put("p_io% c", List.of(
                row("p_io", "c", "2 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null | 3 | "),
                row("p_io_rs", "c", "2 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null | 3 | ")));
        MARIADB_PROCEDURE_COLUMNS.put("f_double %", List.of(
                row("f_double", "null", "5 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null | 0 | "),
                row("f_double", "x", "1 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null | 1 | ")));
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void procedures(Driver driver) throws Exception {
        try (Connection c = connect(driver, "")) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getProcedures(DB, null, "%")) {
                // Connector/J spells the reserved columns in lower case
                String reserved = driver == Driver.MYSQL ? "reserved" : "RESERVED";
                assertThat(labels(rs)).containsExactly("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME",
                        reserved + 1, reserved + 2, reserved + 3, "REMARKS", "PROCEDURE_TYPE", "SPECIFIC_NAME");
                // MariaDB Connector/J's query has no ORDER BY: information_schema's row order is the server's
                assertThat(rows(rs)).containsExactlyInAnyOrderElementsOf(ALL_ROUTINES);
            }
            try (ResultSet rs = md.getProcedures(DB, null, "p_io%")) {
                assertThat(rows(rs)).containsExactlyInAnyOrderElementsOf(ALL_ROUTINES.subList(1, 3));
            }
            try (ResultSet rs = md.getProcedures(DB, null, "nothing%")) {
                assertThat(rows(rs)).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void procedureColumns(Driver driver) throws Exception {
        try (Connection c = connect(driver, "")) {
            if (driver == Driver.MYSQL) assumeMysql8(c);
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_io", "%")) {
                assertThat(labels(rs)).containsExactly("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME",
                        "COLUMN_NAME", "COLUMN_TYPE", "DATA_TYPE", "TYPE_NAME", "PRECISION", "LENGTH", "SCALE", "RADIX",
                        "NULLABLE", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH",
                        "ORDINAL_POSITION", "IS_NULLABLE", "SPECIFIC_NAME");
            }
            Map<String, List<String>> expected =
                    driver == Driver.MYSQL ? MYSQL_PROCEDURE_COLUMNS : MARIADB_PROCEDURE_COLUMNS;
            for (Map.Entry<String, List<String>> call : expected.entrySet()) {
                String[] patterns = call.getKey().split(" ");
                try (ResultSet rs = md.getProcedureColumns(DB, null, patterns[0], patterns[1])) {
                    assertThat(rows(rs)).as(call.getKey()).containsExactlyElementsOf(call.getValue());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void functions(Driver driver) throws Exception {
        try (Connection c = connect(driver, "")) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getFunctions(DB, null, "%")) {
                assertThat(labels(rs)).containsExactly("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS",
                        "FUNCTION_TYPE", "SPECIFIC_NAME");
                assertThat(rows(rs)).containsExactly("callwire | null | f_double | twice x | 1 | f_double");
            }
            try (ResultSet rs = md.getFunctions(DB, null, "p%")) {
                assertThat(rows(rs)).isEmpty();
            }
            if (driver == Driver.MYSQL) assumeMysql8(c);
            // the return value is COLUMN_TYPE 4 (functionReturn) here
            List<String> expected = driver == Driver.MYSQL
                    ? List.of(row("f_double", "", "4 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | 0 | YES"),
                            row("f_double", "x", "1 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | 1 | YES"))
                    : List.of(row("f_double", "null", "4 | 4 | int | 10 | null | 0 | 10 | 2 | null | null | 0 | "),
                            row("f_double", "x", "1 | 4 | int | 10 | null | 0 | 10 | 2 | null | null | 1 | "));
            try (ResultSet rs = md.getFunctionColumns(DB, null, "f_double", "%")) {
                assertThat(rows(rs)).containsExactlyElementsOf(expected);
            }
        }
    }

    /** A parameter row: catalog, schema (null), routine and parameter name, the given columns, specific name. */
    private static String row(String routine, String parameter, String columns) {
        return DB + " | null | " + routine + " | " + parameter + " | " + columns + " | " + routine;
    }

    /** The rest of the test needs Connector/J's MySQL 8.0 code path (skipped when re-run against MariaDB). */
    private static void assumeMysql8(Connection c) throws SQLException {
        assumeTrue(c.getMetaData().getDatabaseProductVersion().startsWith("8.0"), "Connector/J's MySQL 8.0 path");
    }
}
