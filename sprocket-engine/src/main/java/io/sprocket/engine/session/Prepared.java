package io.sprocket.engine.session;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ParsedStatement;
import io.sprocket.sql.Parser;
import io.sprocket.sql.SqlParseException;
import io.sprocket.sql.ast.Select;
import java.util.ArrayList;
import java.util.List;

/** A server-side prepared statement (COM_STMT_PREPARE): the parsed statement and its metadata. */
record Prepared(ParsedStatement parsed, List<ColumnMeta> parameters, List<ColumnMeta> columns)
        implements PreparedStatement {

    static Prepared prepare(SessionImpl s, String sql) {
        ParsedStatement parsed;
        try {
            parsed = Parser.parseSingle(sql, s.parserOptions());
        } catch (SqlParseException e) {
            throw new SqlException(e.errorCode(), e.sqlState(), e.getMessage());
        }
        List<ColumnMeta> params = new ArrayList<>();
        for (int i = 0; i < parsed.parameterCount(); i++) {
            params.add(SqlType.varchar(0).expressionMeta("?", false));
        }
        List<ColumnMeta> columns = List.of();
        if (parsed.statement() instanceof Select sel && sel.into().isEmpty()) {
            StatementEnv env = new StatementEnv(s, s.engine.catalog());
            QueryPlan plan = env.queries().compile(sel.query(), null);
            columns = StatementRunner.columnMeta(plan.columns());
        }
        return new Prepared(parsed, params, columns);
    }

    @Override
    public int parameterCount() { return parsed.parameterCount(); }
}
