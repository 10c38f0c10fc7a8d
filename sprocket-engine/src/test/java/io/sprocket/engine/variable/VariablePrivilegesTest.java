package io.sprocket.engine.variable;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.error.SqlException;
import org.junit.jupiter.api.Test;

class VariablePrivilegesTest {
    private final SessionVariables session = new SessionVariables(GlobalVariables.defaults(), 1);
    private final CollectingWarnings warnings = new CollectingWarnings();

    private String denied(Assignment assignment) {
        SqlException e = VariablePrivileges.required(assignment).orElseThrow().denied();
        return e.errno() + " " + e.sqlState() + " " + e.getMessage();
    }

    @Test
    void globalAndPersistNeedSystemVariablesAdmin() {
        assertThat(denied(session.check(ScopeKeyword.GLOBAL, "max_connections", 10L, warnings))).isEqualTo(
                "1227 42000 Access denied; you need (at least one of) the SUPER or SYSTEM_VARIABLES_ADMIN "
                        + "privilege(s) for this operation");
        assertThat(denied(session.check(ScopeKeyword.PERSIST, "max_connections", 10L, warnings)))
                .startsWith("1227 ");
        assertThat(denied(session.check(ScopeKeyword.PERSIST_ONLY, "max_connections", 10L, warnings)))
                .startsWith("1227 ");
    }

    @Test
    void persistOnlyOfReadOnlyVariableNeedsBothPrivileges() {
        assertThat(denied(session.check(ScopeKeyword.PERSIST_ONLY, "port", 3310L, warnings))).isEqualTo(
                "3630 42000 Access denied; you need SYSTEM_VARIABLES_ADMIN and PERSIST_RO_VARIABLES_ADMIN "
                        + "privileges for this operation");
    }

    @Test
    void mostSessionAssignmentsNeedNothingButSomeAreRestricted() {
        assertThat(VariablePrivileges.required(session.check(ScopeKeyword.NONE, "sql_mode", "", warnings)))
                .isEmpty();
        assertThat(denied(session.check(ScopeKeyword.SESSION, "sql_log_bin", 0L, warnings))).isEqualTo(
                "1227 42000 Access denied; you need (at least one of) the SUPER, SYSTEM_VARIABLES_ADMIN or "
                        + "SESSION_VARIABLES_ADMIN privilege(s) for this operation");
    }
}
