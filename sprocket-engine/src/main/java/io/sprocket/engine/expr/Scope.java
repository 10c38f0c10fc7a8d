package io.sprocket.engine.expr;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Name resolution for one query block: the sources of its FROM clause, each occupying a range of slots of the
 * block's row, and the enclosing block's scope for correlated references.
 */
public final class Scope {
    /** One FROM-clause source: a base table, a derived table or a CTE reference. */
    public record Source(String schema, String alias, String table, List<String> columns, List<SqlType> types,
                         List<Boolean> nullable, int offset, List<Boolean> invisible, List<Integer> primaryKey) {
        public Source {
            columns = List.copyOf(columns);
            primaryKey = primaryKey == null ? null : List.copyOf(primaryKey);
            types = List.copyOf(types);
            nullable = List.copyOf(nullable);
            invisible = List.copyOf(invisible);
        }

        public int width() { return columns.size(); }

        public int indexOf(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).equalsIgnoreCase(column)) return i;
            }
            return -1;
        }

        public boolean matches(String schemaName, String tableName) {
            if (tableName == null) return true;
            if (!alias.equals(tableName) && !(alias.equalsIgnoreCase(tableName) && false)) return false;
            return schemaName == null || schemaName.equals(schema);
        }
    }

    /**
     * Column-level access: a source the user may read only some columns of checks each column a reference
     * resolves to (the guard throws 1143 for the others).
     */
    private final java.util.Map<Source, java.util.function.Consumer<String>> guards = new java.util.IdentityHashMap<>();

    public void guard(Source s, java.util.function.Consumer<String> columnCheck) {
        guards.put(s, columnCheck);
    }

    /**
     * SELECT * over a source the user may read only some columns of: MySQL refuses the table as a whole (1142)
     * unless every column is readable; {@code tableDenied} builds that error.
     */
    public void checkStar(Source s, java.util.function.Supplier<SqlException> tableDenied) {
        var g = guards.get(s);
        if (g == null) return;
        for (int i = 0; i < s.columns().size(); i++) {
            if (s.invisible().get(i)) continue;
            try {
                g.accept(s.columns().get(i));
            } catch (SqlException e) {
                throw tableDenied.get();
            }
        }
    }

    /** A column found by resolution. */
    public record Resolved(Source source, int sourceIndex, int columnIndex, int slot, int depth) { }

    private final Scope parent;
    private final List<Source> sources = new ArrayList<>();
    private int width;
    /** USING/NATURAL join columns: unqualified references resolve to the left source's column. */
    private final List<String> coalescedColumns = new ArrayList<>();
    private final List<Integer> coalescedSource = new ArrayList<>();
    private boolean correlated;

    public Scope(Scope parent) {
        this.parent = parent;
    }

    public Scope parent() { return parent; }

    public List<Source> sources() { return sources; }

    public int width() { return width; }

    /** Adds a source at the end of the row; returns it with its slot offset. */
    public Source add(String schema, String alias, String table, List<String> columns, List<SqlType> types,
                      List<Boolean> nullable, List<Boolean> invisible) {
        return add(schema, alias, table, columns, types, nullable, invisible, null);
    }

    /** Adds a base table source whose primary key columns (positions) are known. */
    public Source add(String schema, String alias, String table, List<String> columns, List<SqlType> types,
                      List<Boolean> nullable, List<Boolean> invisible, List<Integer> primaryKey) {
        for (Source s : sources) {
            if (s.alias().equals(alias) && Objects.equals(s.schema(), schema) || s.alias().equals(alias) && schema == null) {
                throw new SqlException(ErrorCode.ER_NONUNIQ_TABLE, alias);
            }
        }
        Source s = new Source(schema, alias, table, columns, types, nullable, width, invisible, primaryKey);
        sources.add(s);
        width += columns.size();
        return s;
    }

    /** Marks {@code column} as a join column merged by USING/NATURAL: unqualified use takes the given source. */
    public void coalesce(String column, int sourceIndex) {
        coalescedColumns.add(column);
        coalescedSource.add(sourceIndex);
    }

    /** Join columns merged by USING/NATURAL, in the order SELECT * shows them: (column, chosen source index). */
    public List<String> coalescedColumns() { return coalescedColumns; }

    public List<Integer> coalescedSources() { return coalescedSource; }

    private final java.util.Set<String> mergedAway = new java.util.HashSet<>();

    /** The other side's copy of a merged join column: SELECT * leaves it out. */
    public void hideFromStar(int sourceIndex, String column) {
        mergedAway.add(sourceIndex + ":" + column.toLowerCase());
    }

    public boolean hiddenFromStar(int sourceIndex, String column) {
        return mergedAway.contains(sourceIndex + ":" + column.toLowerCase());
    }

    /** True when some expression compiled in this scope read an enclosing block's row. */
    public boolean isCorrelated() { return correlated; }

    void markCorrelated() { correlated = true; }

    /**
     * Resolves a column reference in this block, then in enclosing blocks. Throws 1054 when unknown and 1052 when
     * ambiguous ({@code clause} names the clause for the message, e.g. "field list", "where clause").
     */
    public Resolved resolve(String schema, String table, String column, String clause) {
        Resolved r = resolveHere(schema, table, column, clause);
        if (r != null) return r;
        int depth = 1;
        for (Scope s = parent; s != null; s = s.parent, depth++) {
            Resolved outer = s.resolveHere(schema, table, column, clause);
            if (outer != null) {
                correlated = true;
                return new Resolved(outer.source(), outer.sourceIndex(), outer.columnIndex(), outer.slot(), depth);
            }
        }
        String qualified = table == null ? column : (schema == null ? table + "." + column : schema + "." + table + "." + column);
        throw new SqlException(ErrorCode.ER_BAD_FIELD_ERROR, qualified, clause);
    }

    /** Resolution within this block only; null when not found. */
    public Resolved resolveHere(String schema, String table, String column, String clause) {
        if (table == null) {
            for (int i = 0; i < coalescedColumns.size(); i++) {
                if (coalescedColumns.get(i).equalsIgnoreCase(column)) {
                    Source s = sources.get(coalescedSource.get(i));
                    int idx = s.indexOf(column);
                    return new Resolved(s, coalescedSource.get(i), idx, s.offset() + idx, 0);
                }
            }
        }
        Resolved found = null;
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (table != null && !s.alias().equals(table)) continue;
            if (table != null && schema != null && !schema.equals(s.schema())) continue;
            int idx = s.indexOf(column);
            if (idx < 0) continue;
            if (found != null) {
                throw new SqlException(ErrorCode.ER_NON_UNIQ_ERROR, column, clause);
            }
            found = new Resolved(s, i, idx, s.offset() + idx, 0);
        }
        if (found != null && !guards.isEmpty()) {
            var g = guards.get(found.source());
            if (g != null) g.accept(found.source().columns().get(found.columnIndex()));
        }
        return found;
    }

    /** The source with alias {@code table} (optionally in {@code schema}), or null. */
    public Source source(String schema, String table) {
        for (Source s : sources) {
            if (s.alias().equals(table) && (schema == null || schema.equals(s.schema()))) return s;
        }
        return null;
    }
}
