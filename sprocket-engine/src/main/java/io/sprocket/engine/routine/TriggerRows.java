package io.sprocket.engine.routine;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.expr.LocalVariables;
import io.sprocket.engine.type.SqlType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The NEW and OLD rows a trigger body sees: the subject table's columns, in table order. The compiled program
 * keeps NEW's columns in frame slots {@code [0, n)} when the event has a NEW row (INSERT, UPDATE), then OLD's in
 * the next n slots when it has an OLD row (UPDATE, DELETE); the firing code copies the row in and, for a BEFORE
 * trigger, NEW back out.
 *
 * @param event "INSERT", "UPDATE" or "DELETE"
 * @param after an AFTER trigger (NEW is read-only)
 */
public record TriggerRows(String event, boolean after, List<String> columns, List<SqlType> types) {
    public TriggerRows {
        // null columns: not known yet (CREATE TRIGGER's parse-time checks), any column name is accepted
        columns = columns == null ? null : List.copyOf(columns);
        types = types == null ? null : List.copyOf(types);
    }

    public boolean hasNew() {
        return !event.equals("DELETE");
    }

    public boolean hasOld() {
        return !event.equals("INSERT");
    }

    boolean has(String qualifier) {
        return qualifier.equals("new") ? hasNew() : hasOld();
    }

    /** First slot of OLD's columns. */
    public int oldBase() {
        return hasNew() ? columns.size() : 0;
    }

    /** 1363 when the event has no such row; 1054 naming the row for an unknown column; else the column's index. */
    public int check(String qualifier, String column) {
        String q = qualifier.toUpperCase(Locale.ROOT);
        if (!has(q.toLowerCase(Locale.ROOT))) {
            throw new SqlException(ErrorCode.ER_TRG_NO_SUCH_ROW_IN_TRG, q, "on " + event);
        }
        if (columns == null) return -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) return i;
        }
        throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, column, q);
    }

    /** {@code SET NEW.col = ...} / {@code SET OLD.col = ...}: 1362 for OLD, and for NEW in an AFTER trigger. */
    public void checkAssignment(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) return;
        String qualifier = name.substring(0, dot).toLowerCase(Locale.ROOT);
        if (!qualifier.equals("new") && !qualifier.equals("old")) return;
        check(qualifier, name.substring(dot + 1));
        if (qualifier.equals("old")) throw new SqlException(ErrorCode.ER_TRG_CANT_CHANGE_ROW, "OLD", "");
        if (after) throw new SqlException(ErrorCode.ER_TRG_CANT_CHANGE_ROW, "NEW", "after ");
    }

    /** The slot of {@code qualifier.column} for a scope whose variables {@code lookup} finds, or null. */
    static LocalVariables.Local lookup(TriggerRows rows, String qualifier, String column,
                                       Function<String, LocalVariables.Local> lookup) {
        if (rows == null) return null;
        String q = qualifier.toLowerCase(Locale.ROOT);
        if (!q.equals("new") && !q.equals("old")) return null;
        rows.check(q, column);
        return lookup.apply(q + "." + column.toLowerCase(Locale.ROOT));
    }
}
