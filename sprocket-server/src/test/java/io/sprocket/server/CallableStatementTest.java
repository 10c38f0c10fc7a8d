package io.sprocket.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JDBC CallableStatement with IN, OUT and INOUT parameters. MariaDB Connector/J executes the CALL as a
 * server-side prepared statement and reads the OUT values from the SERVER_PS_OUT_PARAMS result set; MySQL
 * Connector/J passes them through user variables (SET, CALL, SELECT) after reading the parameter modes with
 * SHOW CREATE PROCEDURE. Both ways must give the same answers.
 */
class CallableStatementTest extends RoutineServerTest {

    @ParameterizedTest
    @EnumSource(Driver.class)
    void inOutAndInoutParameters(Driver driver) throws Exception {
        try (Connection c = connect(driver, ""); CallableStatement cs = c.prepareCall("{call p_io(?, ?, ?)}")) {
            cs.registerOutParameter(2, Types.VARCHAR);
            cs.registerOutParameter(3, Types.INTEGER);
            // executed twice: the second run must not see the first run's values
            for (int a : new int[] {5, 40}) {
                cs.setInt(1, a);
                cs.setInt(3, 10);
                assertThat(cs.execute()).isFalse();
                assertThat(cs.getString(2)).isEqualTo("v" + a);
                assertThat(cs.getInt(3)).isEqualTo(10 + a);
                assertThat(cs.getObject(3)).isEqualTo(10 + a);
                // the OUT values are not a result the application sees
                assertThat(cs.getUpdateCount()).isZero();
                assertThat(cs.getMoreResults()).isFalse();
                assertThat(cs.getUpdateCount()).isEqualTo(-1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void resultSetsBeforeTheOutParameters(Driver driver) throws Exception {
        try (Connection c = connect(driver, ""); CallableStatement cs = c.prepareCall("{call p_io_rs(?, ?, ?)}")) {
            cs.setInt(1, 7);
            cs.registerOutParameter(2, Types.VARCHAR);
            cs.setInt(3, 1);
            cs.registerOutParameter(3, Types.INTEGER);
            assertThat(cs.execute()).isTrue();
            try (ResultSet rs = cs.getResultSet()) {
                assertThat(labels(rs)).containsExactly("first");
                assertThat(rows(rs)).containsExactly("7");
            }
            assertThat(cs.getMoreResults()).isTrue();
            try (ResultSet rs = cs.getResultSet()) {
                assertThat(labels(rs)).containsExactly("second");
                assertThat(rows(rs)).containsExactly("8");
            }
            assertThat(cs.getMoreResults()).isFalse();
            assertThat(cs.getUpdateCount()).isZero();
            assertThat(cs.getMoreResults()).isFalse();
            assertThat(cs.getUpdateCount()).isEqualTo(-1);
            assertThat(cs.getString(2)).isEqualTo("v7");
            assertThat(cs.getInt(3)).isEqualTo(8);
        }
    }

    /** DECIMAL, DATETIME and a never-assigned OUT parameter (NULL) in the OUT row. */
    @ParameterizedTest
    @EnumSource(Driver.class)
    void typedAndNullOutParameters(Driver driver) throws Exception {
        try (Connection c = connect(driver, "");
             CallableStatement cs = c.prepareCall("{call p_types(?, ?, ?, ?)}")) {
            cs.setBigDecimal(1, new BigDecimal("12.25"));
            cs.registerOutParameter(2, Types.TIMESTAMP);
            cs.registerOutParameter(3, Types.DECIMAL);
            cs.registerOutParameter(4, Types.INTEGER);
            assertThat(cs.execute()).isFalse();
            assertThat(cs.getTimestamp(2)).isEqualTo(Timestamp.valueOf("2024-05-06 07:08:09"));
            assertThat(cs.getBigDecimal(3)).isEqualTo(new BigDecimal("24.50"));
            assertThat(cs.getString(3)).isEqualTo("24.50");
            assertThat(cs.getInt(4)).isZero();
            assertThat(cs.wasNull()).isTrue();
            assertThat(cs.getObject(4)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Driver.class)
    void storedFunctionThroughCallEscape(Driver driver) throws Exception {
        try (Connection c = connect(driver, ""); CallableStatement cs = c.prepareCall("{? = call f_double(?)}")) {
            cs.registerOutParameter(1, Types.INTEGER);
            cs.setInt(2, 21);
            cs.execute();
            assertThat(cs.getInt(1)).isEqualTo(42);
            cs.setInt(2, -8);
            cs.execute();
            assertThat(cs.getInt(1)).isEqualTo(-16);
        }
    }
}
