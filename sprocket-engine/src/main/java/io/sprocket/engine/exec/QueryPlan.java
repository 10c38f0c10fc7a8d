package io.sprocket.engine.exec;

import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.SubqueryPlan;
import io.sprocket.engine.type.SqlType;
import java.util.List;
import java.util.Objects;

/**
 * A compiled query: its output columns and how to produce its rows. Immutable and reusable; each
 * {@link #open} runs it afresh under the given execution context.
 */
public final class QueryPlan implements SubqueryPlan {
    /** Produces the rows of a plan. */
    public interface Producer {
        RowIterator open(ExecContext ctx);
    }

    private final List<OutputColumn> columns;
    private final List<SqlType> types;
    private final Producer producer;
    private final boolean correlated;

    public QueryPlan(List<OutputColumn> columns, Producer producer, boolean correlated) {
        this.columns = List.copyOf(columns);
        this.types = this.columns.stream().map(OutputColumn::type).toList();
        this.producer = Objects.requireNonNull(producer);
        this.correlated = correlated;
    }

    public List<OutputColumn> columns() { return columns; }

    @Override
    public List<SqlType> types() { return types; }

    @Override
    public boolean correlated() { return correlated; }

    @Override
    public RowIterator open(Object[] outerRow, ExecContext ctx) {
        return producer.open(ctx);
    }

    public RowIterator open(ExecContext ctx) {
        return producer.open(ctx);
    }
}
