package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DatabaseMetaData's routine calls. MySQL Connector/J (default settings) answers them from
 * information_schema.ROUTINES and PARAMETERS when the server is MySQL 8.0 (against MariaDB it uses SHOW statements);
 * MariaDB Connector/J always from information_schema. Expected rows as the oracle gave them (all columns, via
 * getString).
 */
class RoutineMetadataTest extends RoutineServerTest {
    private static final List<String> ALL_ROUTINES = List.of(
            "callwire | null | f_double | null | null | null | twice x | 2 | f_double",
            "callwire | null | p_io | null | null | null | in, out and inout | 1 | p_io",
            "callwire | null | p_io_rs | null | null | null |  | 1 | p_io_rs",
            "callwire | null | p_multi | null | null | null |  | 1 | p_multi",
            "callwire | null | p_one | null | null | null |  | 1 | p_one",
            "callwire | null | p_types | null | null | null |  | 1 | p_types");

    @Test
    void mysqlDriverProcedures() throws Exception {
        try (Connection c = connect(Driver.MYSQL, "")) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getProcedures(DB, null, "%")) {
                assertThat(labels(rs)).containsExactly("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME",
                        "reserved1", "reserved2", "reserved3", "REMARKS", "PROCEDURE_TYPE", "SPECIFIC_NAME");
                assertThat(rows(rs)).containsExactlyElementsOf(ALL_ROUTINES);
            }
            try (ResultSet rs = md.getProcedures(DB, null, "p_io%")) {
                assertThat(rows(rs)).containsExactlyElementsOf(ALL_ROUTINES.subList(1, 3));
            }
            try (ResultSet rs = md.getProcedures(DB, null, "nothing%")) {
                assertThat(rows(rs)).isEmpty();
            }
        }
    }

    /**
     * Against MySQL 8.0 Connector/J reads information_schema.PARAMETERS (against MariaDB it parses SHOW CREATE
     * PROCEDURE instead), so these rows are the oracle's answers to the driver's own query text, captured from
     * the wire; they agree with what the oracle gives through the driver wherever the two paths overlap.
     */
    @Test
    void mysqlDriverProcedureColumns() throws Exception {
        try (Connection c = connect(Driver.MYSQL, "")) {
            assumeMysql8(c);
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_io", "%")) {
                assertThat(labels(rs)).containsExactly("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME",
                        "COLUMN_NAME", "COLUMN_TYPE", "DATA_TYPE", "TYPE_NAME", "PRECISION", "LENGTH", "SCALE", "RADIX",
                        "NULLABLE", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH",
                        "ORDINAL_POSITION", "IS_NULLABLE", "SPECIFIC_NAME");
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | p_io | a | 1 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null"
                                + " | null | 1 | YES | p_io",
                        "callwire | null | p_io | b | 4 | 12 | VARCHAR | null | 20 | null | 10 | 1 | null | null | null"
                                + " | null | 80 | 2 | YES | p_io",
                        "callwire | null | p_io | c | 2 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null"
                                + " | null | 3 | YES | p_io");
            }
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_types", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | p_types | d | 1 | 3 | DECIMAL | 10 | 10 | 2 | 10 | 1 | null | null | null"
                                + " | null | null | 1 | YES | p_types",
                        "callwire | null | p_types | dt | 4 | 93 | DATETIME | 0 | 19 | null | 10 | 1 | null | null"
                                + " | null | null | null | 2 | YES | p_types",
                        "callwire | null | p_types | total | 4 | 3 | DECIMAL | 12 | 12 | 2 | 10 | 1 | null | null"
                                + " | null | null | null | 3 | YES | p_types",
                        "callwire | null | p_types | unset | 4 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null"
                                + " | null | null | 4 | YES | p_types");
            }
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_io%", "c")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | p_io | c | 2 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null | null"
                                + " | null | 3 | YES | p_io",
                        "callwire | null | p_io_rs | c | 2 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null"
                                + " | null | null | 3 | YES | p_io_rs");
            }
            // a function's return value is the COLUMN_TYPE 5 (procedureColumnReturn) row, with an empty name
            try (ResultSet rs = md.getProcedureColumns(DB, null, "f_double", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | f_double |  | 5 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null"
                                + " | null | null | 0 | YES | f_double",
                        "callwire | null | f_double | x | 1 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | null"
                                + " | null | null | 1 | YES | f_double");
            }
        }
    }

    @Test
    void mysqlDriverFunctions() throws Exception {
        try (Connection c = connect(Driver.MYSQL, "")) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getFunctions(DB, null, "%")) {
                assertThat(labels(rs)).containsExactly("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS",
                        "FUNCTION_TYPE", "SPECIFIC_NAME");
                assertThat(rows(rs)).containsExactly("callwire | null | f_double | twice x | 1 | f_double");
            }
            try (ResultSet rs = md.getFunctions(DB, null, "p%")) {
                assertThat(rows(rs)).isEmpty();
            }
            assumeMysql8(c);
            try (ResultSet rs = md.getFunctionColumns(DB, null, "f_double", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | f_double |  | 4 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | 0"
                                + " | YES | f_double",
                        "callwire | null | f_double | x | 1 | 4 | INT | 10 | 10 | 0 | 10 | 1 | null | null | 1"
                                + " | YES | f_double");
            }
        }
    }

    /** The rest of the test needs Connector/J's MySQL 8.0 code path (skipped when re-run against MariaDB). */
    private static void assumeMysql8(Connection c) throws Exception {
        assumeTrue(c.getMetaData().getDatabaseProductVersion().startsWith("8.0"), "Connector/J's MySQL 8.0 path");
    }

    @Test
    void mariadbDriverProcedures() throws Exception {
        try (Connection c = connect(Driver.MARIADB, "")) {
            DatabaseMetaData md = c.getMetaData();
            // the driver's query has no ORDER BY: information_schema's row order is the server's choice
            try (ResultSet rs = md.getProcedures(DB, null, "%")) {
                assertThat(labels(rs)).containsExactly("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME",
                        "RESERVED1", "RESERVED2", "RESERVED3", "REMARKS", "PROCEDURE_TYPE", "SPECIFIC_NAME");
                assertThat(rows(rs)).containsExactlyInAnyOrderElementsOf(ALL_ROUTINES);
            }
            try (ResultSet rs = md.getProcedures(DB, null, "p_io%")) {
                assertThat(rows(rs)).containsExactlyInAnyOrderElementsOf(ALL_ROUTINES.subList(1, 3));
            }
        }
    }

    @Test
    void mariadbDriverProcedureColumns() throws Exception {
        try (Connection c = connect(Driver.MARIADB, "")) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_io", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | p_io | a | 1 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null"
                                + " | 1 |  | p_io",
                        "callwire | null | p_io | b | 4 | 12 | varchar | 20 | 20 | null | 10 | 2 | null | null | 0 | 0"
                                + " | 80 | 2 |  | p_io",
                        "callwire | null | p_io | c | 2 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null"
                                + " | 3 |  | p_io");
            }
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_types", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | p_types | d | 1 | 3 | decimal | 10 | 10 | 2 | 10 | 2 | null | null | 0 | 0"
                                + " | null | 1 |  | p_types",
                        "callwire | null | p_types | dt | 4 | 93 | datetime | 19 | 19 | 0 | 10 | 2 | null | null | 0"
                                + " | 0 | null | 2 |  | p_types",
                        "callwire | null | p_types | total | 4 | 3 | decimal | 12 | 12 | 2 | 10 | 2 | null | null | 0"
                                + " | 0 | null | 3 |  | p_types",
                        "callwire | null | p_types | unset | 4 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0"
                                + " | null | 4 |  | p_types");
            }
            // the column pattern selects parameters of every matching routine
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_io%", "c")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | p_io | c | 2 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0 | null"
                                + " | 3 |  | p_io",
                        "callwire | null | p_io_rs | c | 2 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0"
                                + " | null | 3 |  | p_io_rs");
            }
            // the return value is PARAMETERS' row with ORDINAL_POSITION 0 and no mode (COLUMN_TYPE 5)
            try (ResultSet rs = md.getProcedureColumns(DB, null, "f_double", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | f_double | null | 5 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0"
                                + " | null | 0 |  | f_double",
                        "callwire | null | f_double | x | 1 | 4 | int | 10 | 10 | 0 | 10 | 2 | null | null | 0 | 0"
                                + " | null | 1 |  | f_double");
            }
        }
    }

    @Test
    void mariadbDriverFunctions() throws Exception {
        try (Connection c = connect(Driver.MARIADB, "")) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getFunctions(DB, null, "%")) {
                assertThat(labels(rs)).containsExactly("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS",
                        "FUNCTION_TYPE", "SPECIFIC_NAME");
                assertThat(rows(rs)).containsExactly("callwire | null | f_double | twice x | 1 | f_double");
            }
            try (ResultSet rs = md.getFunctions(DB, null, "p%")) {
                assertThat(rows(rs)).isEmpty();
            }
            try (ResultSet rs = md.getFunctionColumns(DB, null, "f_double", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | f_double | null | 4 | 4 | int | 10 | null | 0 | 10 | 2 | null | null | 0"
                                + " |  | f_double",
                        "callwire | null | f_double | x | 1 | 4 | int | 10 | null | 0 | 10 | 2 | null | null | 1"
                                + " |  | f_double");
            }
        }
    }
}
