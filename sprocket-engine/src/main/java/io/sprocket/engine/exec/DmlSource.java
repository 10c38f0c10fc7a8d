package io.sprocket.engine.exec;

import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.expr.ExpressionCompiler;
import io.sprocket.engine.expr.RowIterator;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.row.LockMode;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.TableReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows an UPDATE or DELETE acts on: its tables joined and filtered like a SELECT's FROM and WHERE, read
 * with locking current reads. Each base table's slots end with its hidden storage locator.
 */
public final class DmlSource {
    private final SelectCompiler.Block block;
    private final PlanNode node;

    private DmlSource(SelectCompiler.Block block, PlanNode node) {
        this.block = block;
        this.node = node;
    }

    public static DmlSource compile(QueryCompiler queries, List<TableReference> from, Expression where, LockMode lock) {
        SelectCompiler.Block block = new SelectCompiler.Block(queries, new Scope(null));
        SelectCompiler.FromCompiler fc = new SelectCompiler.FromCompiler(queries, block, lock);
        List<Expression> conjuncts = new ArrayList<>();
        if (where != null) AccessPaths.conjuncts(where, conjuncts);
        PlanNode node = fc.compile(from, conjuncts);
        if (where != null) {
            BoundExpression w = block.compiler().compile(where, block.scope(), "where clause");
            node = Nodes.filter(node, w.evaluator());
        }
        return new DmlSource(block, node);
    }

    public Scope scope() { return block.scope(); }

    public ExpressionCompiler compiler() { return block.compiler(); }

    public RowIterator open(ExecContext ctx) { return node.open(ctx, null); }
}
