package io.sprocket.engine.session;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostics area of a session: the conditions raised by the last statement that raised any.
 * MySQL clears it at the start of each statement that uses tables or raises conditions, but not for SHOW
 * WARNINGS / SHOW ERRORS / SELECT @@warning_count themselves (the caller decides via {@link #clear()}).
 */
public final class Diagnostics implements Warnings {
    private final List<Condition> conditions = new ArrayList<>();
    private int maxErrorCount = 1024;
    /** Total raised, including those beyond max_error_count (what @@warning_count reports). */
    private int raised;
    private int errors;
    /** sql_notes: when off, notes are neither counted nor recorded (and no handler sees them). */
    private boolean notes = true;

    @Override
    public void add(Condition condition) {
        if (!notes && condition.level() == Condition.Level.NOTE) return;
        raised++;
        if (condition.level() == Condition.Level.ERROR) errors++;
        if (conditions.size() < maxErrorCount) conditions.add(condition);
    }

    public void addError(SqlException e) {
        add(Condition.error(e));
    }

    public void clear() {
        if (raised == 0) return; // the common case, on the hot path of routine SET statements
        conditions.clear();
        raised = 0;
        errors = 0;
    }

    public boolean isEmpty() {
        return raised == 0;
    }

    /** Puts {@code earlier} before the conditions present now (a CALL's argument conditions before its body's). */
    public void prepend(List<Condition> earlier) {
        if (earlier.isEmpty()) return;
        List<Condition> now = new ArrayList<>(conditions);
        conditions.clear();
        raised = 0;
        errors = 0;
        for (Condition c : earlier) add(c);
        for (Condition c : now) add(c);
    }

    /** Removes the first condition with this error number and message (a handled or resignalled condition). */
    public void remove(int errno, String message) {
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            if (c.errno() == errno && c.message().equals(message)) {
                conditions.remove(i);
                raised--;
                if (c.level() == Condition.Level.ERROR) errors--;
                return;
            }
        }
    }

    public void setNotesEnabled(boolean enabled) {
        this.notes = enabled;
    }

    public void setMaxErrorCount(int max) {
        this.maxErrorCount = max;
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions);
    }

    /** @@warning_count: notes, warnings and errors. */
    public int warningCount() {
        return raised;
    }

    /** @@error_count. */
    public int errorCount() {
        return errors;
    }
}
