package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.Ops;
import io.sprocket.sql.ParsedStatement;
import io.sprocket.sql.Parser;
import io.sprocket.sql.SqlParseException;
import io.sprocket.sql.ast.Execute;
import io.sprocket.sql.ast.Prepare;

/** SQL-level PREPARE name FROM ..., EXECUTE name [USING @a, ...]. */
final class PreparedSql {
    private PreparedSql() {}

    static void prepare(SessionImpl s, Prepare p, StatementEnv env) {
        Object text = env.compileConstant(p.source()).eval(null, new ExecContext(s, null));
        if (text == null) text = "NULL";
        ParsedStatement parsed;
        try {
            parsed = Parser.parseSingle(Ops.toStr(text), s.parserOptions());
        } catch (SqlParseException e) {
            throw new SqlException(e.errorCode(), e.sqlState(), e.getMessage());
        }
        s.sqlPrepared.put(p.name().toLowerCase(), parsed);
        if (s.diagnostics.warningCount() == 0) {
            s.diagnostics.clear();
        }
    }

    /** The statement and parameter values an EXECUTE runs. */
    record Bound(ParsedStatement parsed, Object[] parameters) { }

    static Bound bind(SessionImpl s, Execute e) {
        ParsedStatement parsed = s.sqlPrepared.get(e.name().toLowerCase());
        if (parsed == null) throw new SqlException(ErrorCode.ER_UNKNOWN_STMT_HANDLER, e.name(), "EXECUTE");
        if (e.usingVariables().size() != parsed.parameterCount()) {
            throw new SqlException(ErrorCode.ER_WRONG_ARGUMENTS, "EXECUTE");
        }
        Object[] params = new Object[parsed.parameterCount()];
        for (int i = 0; i < params.length; i++) params[i] = s.userVariable(e.usingVariables().get(i));
        return new Bound(parsed, params);
    }
}
