package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.variable.ScopeKeyword;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.DefaultValue;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.SetCharacterSet;
import io.sprocket.sql.ast.SetNames;
import io.sprocket.sql.ast.SetTransaction;
import io.sprocket.sql.ast.SetVariables;
import io.sprocket.sql.ast.StringLiteral;
import io.sprocket.sql.ast.SystemVariableAssignment;
import io.sprocket.sql.ast.UserVariableAssignment;
import io.sprocket.sql.ast.VariableAssignment;

/** SET of user variables, system variables, NAMES, CHARACTER SET and TRANSACTION characteristics. */
final class SetRunner {
    private SetRunner() {}

    static void run(SessionImpl s, SetVariables set, Object[] params, StatementEnv env) {
        ExecContext ctx = new ExecContext(s, params);
        for (VariableAssignment a : set.assignments()) {
            switch (a) {
                case UserVariableAssignment u -> s.setUserVariable(u.name(), env.compileConstant(u.value()).eval(null, ctx));
                case SystemVariableAssignment v -> system(s, v, ctx, env);
                case SetNames n -> {
                    if (n.charset() == null) s.variables.setNames("utf8mb4", null, s.diagnostics);
                    else s.variables.setNames(n.charset(), n.collation(), s.diagnostics);
                }
                case SetCharacterSet c -> s.variables.setCharacterSet(c.charset() == null ? "utf8mb4" : c.charset(), s.diagnostics);
            }
        }
    }

    private static void system(SessionImpl s, SystemVariableAssignment v, ExecContext ctx, StatementEnv env) {
        ScopeKeyword scope = SessionImpl.keyword(v.scope());
        if (scope == ScopeKeyword.GLOBAL && !s.privileges().hasDynamic("SYSTEM_VARIABLES_ADMIN")) {
            // MySQL 8.0: SET GLOBAL needs SYSTEM_VARIABLES_ADMIN, or SUPER
            throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "SUPER or SYSTEM_VARIABLES_ADMIN");
        }
        Expression e = v.value();
        if (e instanceof DefaultValue) {
            if (v.name().equalsIgnoreCase("event_scheduler")) EventDdl.checkSchedulerSwitch(s, null);
            s.variables.setDefault(scope, v.name(), s.diagnostics);
            afterSet(s, v.name());
            return;
        }
        Object value;
        if (e instanceof ColumnRef c && c.table() == null) {
            // SET sql_mode = TRADITIONAL, SET autocommit = ON: bare words are values, not columns.
            value = c.column();
        } else {
            value = env.compileConstant(e).eval(null, ctx);
        }
        boolean wasAutocommit = s.variables.autocommit();
        if (v.name().equalsIgnoreCase("event_scheduler") && scope != ScopeKeyword.SESSION) {
            EventDdl.checkSchedulerSwitch(s, value);
        }
        s.variables.set(scope, v.name(), value, s.diagnostics);
        afterSet(s, v.name());
        if (v.name().equalsIgnoreCase("autocommit") && !wasAutocommit && s.variables.autocommit()) {
            s.transactions.commit(); // SET autocommit = 1 commits the open transaction
        }
    }

    private static void afterSet(SessionImpl s, String name) {
        if (name.equalsIgnoreCase("max_error_count")) {
            s.diagnostics.setMaxErrorCount((int) Math.min(65535, ((Number) s.variables.select("max_error_count",
                    ScopeKeyword.NONE)).longValue()));
        } else if (name.equalsIgnoreCase("sql_notes")) {
            s.diagnostics.setNotesEnabled(s.variables.sqlNotes());
        } else if (name.equalsIgnoreCase("event_scheduler")) {
            s.engine.eventScheduler().wake();
        }
    }

    static void setTransaction(SessionImpl s, SetTransaction t) {
        ScopeKeyword scope = t.scope() == null ? ScopeKeyword.NONE : SessionImpl.keyword(t.scope());
        if (scope == ScopeKeyword.NONE && s.transactions.explicit()) {
            throw new SqlException(ErrorCode.ER_CANT_CHANGE_TX_CHARACTERISTICS);
        }
        ScopeKeyword target = scope == ScopeKeyword.NONE ? ScopeKeyword.SESSION : scope;
        if (t.isolationLevel() != null) {
            s.variables.set(target, "transaction_isolation", t.isolationLevel().name().replace('_', '-'), s.diagnostics);
        }
        if (t.accessMode() != null) {
            s.variables.set(target, "transaction_read_only",
                    t.accessMode() == io.sprocket.sql.ast.TransactionAccessMode.READ_ONLY ? 1L : 0L, s.diagnostics);
        }
    }

    static Object unused(StringLiteral l) { return l; }
}
