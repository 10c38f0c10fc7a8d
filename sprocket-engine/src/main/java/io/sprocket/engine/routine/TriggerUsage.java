package io.sprocket.engine.routine;

import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.SystemVariableAssignment;
import io.sprocket.sql.ast.VariableScope;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The NEW / OLD columns a trigger body reads and the NEW columns it assigns, found by walking the whole body
 * (statements compile lazily, so this is how CREATE TRIGGER reports 1363, 1362 and 1054 for any reference, as
 * MySQL does when it parses the body). The column sets are what the definer needs SELECT / UPDATE on when the
 * trigger fires (MySQL 8.0 Reference Manual, 27.3.1 Trigger Syntax and Examples).
 *
 * @param reads  column indexes read through NEW or OLD
 * @param writes column indexes assigned with SET NEW.col
 */
public record TriggerUsage(Set<Integer> reads, Set<Integer> writes) {

    /** Walks {@code body} in source order; the first invalid reference raises its error. */
    public static TriggerUsage of(Object body, TriggerRows rows) {
        TriggerUsage usage = new TriggerUsage(new LinkedHashSet<>(), new LinkedHashSet<>());
        usage.walk(body, rows);
        return usage;
    }

    /** The checks MySQL makes while parsing a body (1363, 1362), before the table's columns are known. */
    public static void checkRows(Object body, String event, boolean after) {
        of(body, new TriggerRows(event, after, null, null));
    }

    private void walk(Object node, TriggerRows rows) {
        switch (node) {
            case null -> { }
            case ColumnRef c -> {
                if (c.schema() == null && c.table() != null && isRow(c.table())) {
                    reads.add(rows.check(c.table().toLowerCase(Locale.ROOT), c.column()));
                }
            }
            case SystemVariableAssignment a -> {
                if (a.scope() == VariableScope.UNQUALIFIED && a.name().indexOf('.') > 0) {
                    String qualifier = a.name().substring(0, a.name().indexOf('.'));
                    if (isRow(qualifier)) {
                        rows.checkAssignment(a.name());
                        writes.add(rows.check(qualifier.toLowerCase(Locale.ROOT), a.name().substring(qualifier.length() + 1)));
                    }
                }
                walk(a.value(), rows);
            }
            case Collection<?> list -> {
                for (Object o : list) walk(o, rows);
            }
            case Record r -> {
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    if (rc.getType().isPrimitive() || rc.getType() == String.class || rc.getType().isEnum()) continue;
                    try {
                        walk(rc.getAccessor().invoke(r), rows);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("AST record " + r.getClass().getName(), e);
                    }
                }
            }
            default -> { }
        }
    }

    private static boolean isRow(String qualifier) {
        return qualifier.equalsIgnoreCase("NEW") || qualifier.equalsIgnoreCase("OLD");
    }
}
