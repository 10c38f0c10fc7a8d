package io.sprocket.engine.exec;

import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Node;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Predicate;

/**
 * Generic traversal of expression trees (records all the way down). Used at compile time only, never while
 * rows flow, so reflection over record components is acceptable here. Does not descend into subqueries.
 */
final class AstWalk {
    private AstWalk() {}

    static boolean any(Node node, Predicate<Expression> test) {
        if (node == null) return false;
        if (node instanceof Expression e && test.test(e)) return true;
        if (node instanceof io.sprocket.sql.ast.Query) return false;
        if (!node.getClass().isRecord()) return false;
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(node);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            if (v instanceof Node child) {
                if (any(child, test)) return true;
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Node child && any(child, test)) return true;
                    if (o instanceof List<?> inner) {
                        for (Object p : inner) if (p instanceof Node c2 && any(c2, test)) return true;
                    }
                }
            }
        }
        return false;
    }

    /** Collects the expressions matching {@code test} (not descending into matches or subqueries). */
    static void collect(Node node, Predicate<Expression> test, List<Expression> out) {
        if (node == null) return;
        if (node instanceof Expression e && test.test(e)) {
            out.add(e);
            return;
        }
        if (node instanceof io.sprocket.sql.ast.Query) return;
        if (!node.getClass().isRecord()) return;
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(node);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            if (v instanceof Node child) collect(child, test, out);
            else if (v instanceof List<?> list) {
                for (Object o : list) if (o instanceof Node child) collect(child, test, out);
            }
        }
    }
}
