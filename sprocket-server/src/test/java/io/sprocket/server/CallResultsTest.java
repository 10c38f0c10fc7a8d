package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CALL with several result sets, then the final OK, through both drivers, as text and as prepared statements. */
class CallResultsTest extends RoutineServerTest {

    @ParameterizedTest
    @EnumSource(Driver.class)
    void severalResultSetsThenTheAffectedRowsOfTheLastStatement(Driver driver) throws Exception {
        try (Connection c = connect(driver, ""); Statement s = c.createStatement()) {
            assertThat(s.execute("CALL p_multi()")).isTrue();
            assertSeveralResults(s);
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void executeQueryTakesTheOneResultSet(Driver driver) throws Exception {
        try (Connection c = connect(driver, ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("CALL p_one(21)")) {
                assertThat(labels(rs)).containsExactly("n", "twice");
                assertThat(rows(rs)).containsExactly("21 | 42");
            }
            // what is left is the CALL's own OK: no rows affected
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isZero();
            // and the connection is in step for the next statement
            try (ResultSet rs = s.executeQuery("SELECT 5")) {
                assertThat(rows(rs)).containsExactly("5");
            }
        }
    }

    /** Over COM_STMT_EXECUTE the procedure's result sets come in the binary protocol, then the final OK. */
    @ParameterizedTest
    @EnumSource(Driver.class)
    void serverPreparedCallReturnsBinaryResultSets(Driver driver) throws Exception {
        try (Connection c = connect(driver, "useServerPrepStmts=true&cachePrepStmts=false")) {
            try (PreparedStatement ps = c.prepareStatement("CALL p_one(?)")) {
                for (int n : new int[] {4, -3}) {
                    ps.setInt(1, n);
                    assertThat(ps.execute()).isTrue();
                    try (ResultSet rs = ps.getResultSet()) {
                        assertThat(labels(rs)).containsExactly("n", "twice");
                        assertThat(rows(rs)).containsExactly(n + " | " + 2 * n);
                    }
                    assertThat(ps.getMoreResults()).isFalse();
                    assertThat(ps.getUpdateCount()).isZero();
                    assertThat(ps.getMoreResults()).isFalse();
                    assertThat(ps.getUpdateCount()).isEqualTo(-1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("CALL p_multi()")) {
                assertThat(ps.execute()).isTrue();
                assertSeveralResults(ps);
            }
        }
    }

    /**
     * SQL-level PREPARE/EXECUTE: the OUT and INOUT values land in the user variables of USING (the manual's
     * example); over COM_QUERY no OUT-parameter result set is sent.
     */
    @ParameterizedTest
    @EnumSource(Driver.class)
    void executeUsingAssignsOutParametersToUserVariables(Driver driver) throws Exception {
        try (Connection c = connect(driver, ""); Statement s = c.createStatement()) {
            s.execute("SET @a = 5, @b = NULL, @c = 10");
            s.execute("PREPARE s FROM 'CALL p_io_rs(?, ?, ?)'");
            assertThat(s.execute("EXECUTE s USING @a, @b, @c")).isTrue();
            try (ResultSet rs = s.getResultSet()) {
                assertThat(rows(rs)).containsExactly("5");
            }
            assertThat(s.getMoreResults()).isTrue();
            try (ResultSet rs = s.getResultSet()) {
                assertThat(rows(rs)).containsExactly("6");
            }
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isZero();
            assertThat(s.getMoreResults()).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(-1);
            try (ResultSet rs = s.executeQuery("SELECT @b, @c")) {
                assertThat(rows(rs)).containsExactly("v5 | 15");
            }
            s.execute("DEALLOCATE PREPARE s");
        }
    }

    /** p_multi's results: two result sets, then the INSERT's two rows in the final OK, then nothing. */
    private static void assertSeveralResults(Statement s) throws Exception {
        try (ResultSet rs = s.getResultSet()) {
            assertThat(labels(rs)).containsExactly("a");
            assertThat(rows(rs)).containsExactly("1");
        }
        assertThat(s.getMoreResults()).isTrue();
        try (ResultSet rs = s.getResultSet()) {
            assertThat(labels(rs)).containsExactly("b", "c");
            assertThat(rows(rs)).containsExactly("x | 2");
        }
        assertThat(s.getMoreResults()).isFalse();
        assertThat(s.getUpdateCount()).isEqualTo(2);
        assertThat(s.getMoreResults()).isFalse();
        assertThat(s.getUpdateCount()).isEqualTo(-1);
    }
}
