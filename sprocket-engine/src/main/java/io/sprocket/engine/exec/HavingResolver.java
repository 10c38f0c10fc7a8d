package io.sprocket.engine.exec;

import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.Scope;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.SelectExpression;
import java.util.List;

/** HAVING sees select-list aliases as well as columns and aggregates. */
final class HavingResolver {
    private HavingResolver() {}

    static BoundExpression compile(Expression having, List<SelectExpression> items, List<BoundExpression> selected,
                                   SelectCompiler.Block block, Scope scope) {
        var previous = block.compiler().setAliasHook(name -> {
            for (int i = 0; i < items.size(); i++) {
                SelectExpression item = items.get(i);
                if (item.alias() != null && item.alias().equalsIgnoreCase(name)
                        && scope.resolveHere(null, null, name, "having clause") == null) {
                    return selected.get(i);
                }
            }
            return null;
        });
        try {
            return block.compiler().compile(having, scope, "having clause");
        } finally {
            block.compiler().setAliasHook(previous);
        }
    }
}
