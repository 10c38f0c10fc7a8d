package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DatabaseMetaData's routine calls. MySQL Connector/J (default settings) answers them from SHOW PROCEDURE STATUS,
 * SHOW FUNCTION STATUS and the parameter list of SHOW CREATE PROCEDURE/FUNCTION; MariaDB Connector/J from
 * information_schema.ROUTINES and PARAMETERS. Expected rows as the oracle gave them (all columns, via getString).
 */
@org.junit.jupiter.api.Disabled("engine: CREATE PROCEDURE/FUNCTION is not on main yet")
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

    @Test
    void mysqlDriverProcedureColumns() throws Exception {
        try (Connection c = connect(Driver.MYSQL, "")) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getProcedureColumns(DB, null, "p_io", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | p_io | a | 1 | 4 | INT | 10 | 10 | null | 10 | 1 | null | null | null | null"
                                + " | null | 1 | YES | p_io",
                        "callwire | null | p_io | b | 4 | 12 | VARCHAR | 20 | 20 | null | 10 | 1 | null | null | null"
                                + " | null | 20 | 2 | YES | p_io",
                        "callwire | null | p_io | c | 2 | 4 | INT | 10 | 10 | null | 10 | 1 | null | null | null | null"
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
                        "callwire | null | p_types | unset | 4 | 4 | INT | 10 | 10 | null | 10 | 1 | null | null"
                                + " | null | null | null | 4 | YES | p_types");
            }
            // a function's return value is the COLUMN_TYPE 5 (procedureColumnReturn) row, with an empty name
            try (ResultSet rs = md.getProcedureColumns(DB, null, "f_double", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | f_double |  | 5 | 4 | INT | 10 | 10 | null | 10 | 1 | null | null | null"
                                + " | null | null | 0 | YES | f_double",
                        "callwire | null | f_double | x | 1 | 4 | INT | 10 | 10 | null | 10 | 1 | null | null | null"
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
            try (ResultSet rs = md.getFunctionColumns(DB, null, "f_double", "%")) {
                assertThat(rows(rs)).containsExactly(
                        "callwire | null | f_double |  | 4 | 4 | INT | 10 | 10 | null | 10 | 1 | null | null | 0"
                                + " | YES | f_double",
                        "callwire | null | f_double | x | 1 | 4 | INT | 10 | 10 | null | 10 | 1 | null | null | 1"
                                + " | YES | f_double");
            }
        }
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
