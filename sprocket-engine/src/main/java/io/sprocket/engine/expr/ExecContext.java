package io.sprocket.engine.expr;

import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.function.FunctionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mutable state of one statement execution that evaluators may read: the session's function context,
 * prepared-statement parameters, and the rows of enclosing query blocks (for correlated subqueries).
 */
public final class ExecContext {
    private final SessionAccess session;
    private Object[] parameters;
    private final List<Object[]> outerRows = new ArrayList<>();
    private DataAccess data;
    private long calculatedFoundRows = -1;
    private boolean strictWrite;
    /** The running routine's variables (parameters and locals), or null outside stored programs. */
    private Object[] frame;

    public ExecContext(SessionAccess session, Object[] parameters) {
        this.session = Objects.requireNonNull(session);
        this.parameters = parameters == null ? new Object[0] : parameters;
        this.frame = session.routineFrame();
    }

    public Object[] frame() { return frame; }

    public void setFrame(Object[] frame) { this.frame = frame; }

    public SessionAccess session() { return session; }

    /** The statement's access to table data (storage transaction or snapshot). */
    public DataAccess data() { return data; }

    public void setData(DataAccess data) { this.data = data; }

    public FunctionContext functions() { return session.functionContext(); }

    public Warnings warnings() { return session.functionContext().warnings(); }

    public Object parameter(int index) { return parameters[index]; }

    public void setParameters(Object[] parameters) { this.parameters = parameters; }

    /** True while evaluating values an INSERT or UPDATE stores under strict sql_mode (division by 0 is an error). */
    public boolean strictWrite() { return strictWrite; }

    public void setStrictWrite(boolean strictWrite) { this.strictWrite = strictWrite; }

    /** SQL_CALC_FOUND_ROWS: the row count the query would have had without LIMIT, or -1. */
    public long calculatedFoundRows() { return calculatedFoundRows; }

    public void setCalculatedFoundRows(long rows) { this.calculatedFoundRows = rows; }

    public void pushOuter(Object[] row) { outerRows.add(row); }

    public void popOuter() { outerRows.remove(outerRows.size() - 1); }

    /** The row of the query block {@code depth} levels out (1 = the immediately enclosing block). */
    public Object[] outer(int depth) { return outerRows.get(outerRows.size() - depth); }

    public void checkInterrupted() {
        if (session.functionContext().interrupted()) {
            throw new io.sprocket.engine.error.SqlException(io.sprocket.engine.error.ErrorCode.ER_QUERY_INTERRUPTED);
        }
    }
}
