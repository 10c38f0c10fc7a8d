package io.sprocket.engine.session;

import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import java.util.Arrays;

/**
 * The tables the statement now running (outside any stored function) reads or writes. A stored function it
 * invokes may read them but not change them: MySQL refuses with 1442 (ER_CANT_UPDATE_USED_TABLE_IN_SF_OR_TRG),
 * since the statement has them open. A handful of ids in an array: statements use few tables, and a scan of the
 * inner table of a join registers it once per outer row.
 */
final class StatementTables {
    private long[] ids = new long[8];
    private int count;

    void clear() {
        count = 0;
    }

    void add(long id) {
        if (count > 0 && ids[count - 1] == id || contains(id)) return;
        if (count == ids.length) ids = Arrays.copyOf(ids, count * 2);
        ids[count++] = id;
    }

    boolean contains(long id) {
        for (int i = 0; i < count; i++) {
            if (ids[i] == id) return true;
        }
        return false;
    }

    /** A table the statement is about to change: claimed at the top level, refused (1442) inside a function. */
    static void claim(SessionImpl s, TableDef t) {
        if (s.functionDepth == 0) s.statementTables.add(t.id());
        else if (s.statementTables.contains(t.id())) throw new SqlException(ErrorCode.ER_CANT_UPDATE_USED_TABLE_IN_SF_OR_TRG, t.name());
    }

    /** How many tables are recorded now; {@link #truncate} forgets those recorded after. */
    int mark() {
        return count;
    }

    void truncate(int mark) {
        count = Math.min(count, mark);
    }
}
