package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.ColumnRef;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The columns an expression (a CHECK condition) refers to, lower-cased, found by walking the AST records. */
final class ExpressionColumns {
    private ExpressionColumns() {
    }

    static Set<String> of(Object expression) {
        Set<String> out = new LinkedHashSet<>();
        walk(expression, out);
        return out;
    }

    private static void walk(Object node, Set<String> out) {
        switch (node) {
            case null -> { }
            case ColumnRef c -> out.add(c.column().toLowerCase(Locale.ROOT));
            case List<?> list -> list.forEach(o -> walk(o, out));
            case Record r -> {
                try {
                    for (RecordComponent c : r.getClass().getRecordComponents()) walk(c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> { }
        }
    }
}
