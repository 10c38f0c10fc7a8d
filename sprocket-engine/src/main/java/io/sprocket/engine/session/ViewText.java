package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.catalog.ViewDef;
import io.sprocket.sql.ast.AllColumns;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.CommonTableExpression;
import io.sprocket.sql.ast.DerivedTable;
import io.sprocket.sql.ast.ExplicitTable;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Join;
import io.sprocket.sql.ast.NestedQuery;
import io.sprocket.sql.ast.Node;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.OrderItem;
import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.QueryBody;
import io.sprocket.sql.ast.QuerySpecification;
import io.sprocket.sql.ast.SelectExpression;
import io.sprocket.sql.ast.SelectItem;
import io.sprocket.sql.ast.SetOperation;
import io.sprocket.sql.ast.TableName;
import io.sprocket.sql.ast.TableReference;
import io.sprocket.sql.ast.TableValueConstructor;
import io.sprocket.sql.ast.WithClause;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A view's SELECT in the form MySQL stores it: every table qualified with its database, every column reference
 * qualified with its table ({@code `db`.`t`.`a`}, or the alias when the table has one), {@code *} expanded into
 * the columns it stands for at creation time, and every select item with an alias (its name). The text
 * information_schema.VIEWS shows is this tree formatted; SHOW CREATE VIEW drops the database qualifier when the
 * view and everything it names are in the current database ({@link #compact}).
 *
 * <p>Names that resolve to nothing here (an alias of the select list in ORDER BY, say) are left as written; the
 * query was compiled before it gets here, so they are valid where they stand. Works on the immutable AST records
 * by reflection, at DDL time only.
 */
final class ViewText {
    /** One FROM source: how its columns are qualified, and the columns it has. */
    private record Source(String schema, String table, List<String> columns) {
        int indexOf(String column) {
            for (int i = 0; i < columns.size(); i++) if (columns.get(i).equalsIgnoreCase(column)) return i;
            return -1;
        }
    }

    private final Catalog catalog;
    private final String defaultDb;
    /** CTE name -> column names, innermost scope last. */
    private final List<Map<String, List<String>>> ctes = new ArrayList<>();

    private ViewText(Catalog catalog, String defaultDb) {
        this.catalog = catalog;
        this.defaultDb = defaultDb;
    }

    /**
     * {@code query} (compiled without error in {@code defaultDb}) in canonical form, with the view's column names
     * made valid as MySQL makes them: a generated name (an expression's text, no alias) longer than 64 characters
     * becomes {@code Name_exp_N} (N its position), and of two equal names the later one, if generated, else the
     * earlier one, if generated, becomes {@code My_exp_name} ({@code My_exp_1_name}, ... when that is taken); equal
     * names neither of which is generated are 1060, raised by the caller.
     */
    static Query canonical(Catalog catalog, String defaultDb, Query query) {
        ViewText t = new ViewText(catalog, defaultDb);
        Query q = t.query(query, List.of(), true);
        return t.generated == null ? q : withNames(q, validNames(columnNames(q), t.generated));
    }

    /** Whether each column name of the view's own SELECT was generated (no alias, not a column); null before. */
    private List<Boolean> generated;
    /** Set while the view's own SELECT is entered, until its first query specification takes it. */
    private boolean captureNext;
    private int depth;

    private static final int MAX_NAME = 64;

    private static List<String> validNames(List<String> names, List<Boolean> generated) {
        List<String> out = new ArrayList<>(names);
        for (int i = 0; i < out.size(); i++) {
            String n = out.get(i);
            if (i < generated.size() && generated.get(i)
                    && (n.codePointCount(0, n.length()) > MAX_NAME || n.endsWith(" ") || n.isEmpty())) {
                out.set(i, "Name_exp_" + (i + 1));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                if (!out.get(i).equalsIgnoreCase(out.get(j))) continue;
                boolean gi = i < generated.size() && generated.get(i);
                boolean gj = j < generated.size() && generated.get(j);
                if (gj) out.set(j, unique(out, out.get(j))); // the later one first, then the earlier
                else if (gi) out.set(i, unique(out, out.get(i)));
            }
        }
        return out;
    }

    private static String unique(List<String> names, String name) {
        for (int attempt = 0; ; attempt++) {
            String candidate = attempt == 0 ? "My_exp_" + name : "My_exp_" + attempt + "_" + name;
            if (candidate.length() > MAX_NAME) candidate = candidate.substring(0, MAX_NAME);
            String c = candidate;
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(c))) return candidate;
        }
    }

    /** {@code q} with the select items of its first query specification named {@code names}. */
    private static Query withNames(Query q, List<String> names) {
        return new Query(q.with(), withNames(q.body(), names), q.orderBy(), q.limit(), q.locking());
    }

    private static QueryBody withNames(QueryBody b, List<String> names) {
        return switch (b) {
            case QuerySpecification s -> {
                List<SelectItem> items = new ArrayList<>();
                int i = 0;
                for (SelectItem item : s.items()) {
                    if (item instanceof SelectExpression e && i < names.size()) {
                        items.add(new SelectExpression(e.expression(), names.get(i++), e.sourceText(), e.span()));
                    } else {
                        items.add(item);
                    }
                }
                yield new QuerySpecification(s.distinct(), s.calcFoundRows(), s.straightJoin(), items, s.from(), s.where(),
                        s.groupBy(), s.withRollup(), s.having(), s.windows());
            }
            case SetOperation s -> new SetOperation(s.operator(), s.all(), withNames(s.left(), names), s.right());
            case NestedQuery n -> new NestedQuery(withNames(n.query(), names));
            default -> b;
        };
    }

    /** The names of a canonical query's columns (its select aliases). */
    static List<String> columnNames(Query canonical) {
        return names(canonical.body());
    }

    /** Whether SHOW CREATE VIEW prints {@code view} without database qualifiers: it and all it names are in {@code currentDb}. */
    static boolean compact(ViewDef view, String currentDb) {
        if (currentDb == null || !currentDb.equals(view.schema())) return false;
        boolean[] other = {false};
        walk(view.query(), n -> {
            if (n instanceof TableName t && t.name().schema() != null && !t.name().schema().equals(view.schema())) {
                other[0] = true;
            }
            if (n instanceof ExplicitTable t && t.table().schema() != null && !t.table().schema().equals(view.schema())) {
                other[0] = true;
            }
            return n;
        });
        return !other[0];
    }

    /** {@code query} with the database qualifier {@code db} removed from tables and columns. */
    static Query withoutDatabase(Query query, String db) {
        return (Query) walk(query, n -> switch (n) {
            case TableName t when db.equals(t.name().schema()) ->
                    new TableName(new ObjectName(null, t.name().name()), t.alias(), t.partitions(), t.indexHints());
            case ExplicitTable t when db.equals(t.table().schema()) -> new ExplicitTable(new ObjectName(null, t.table().name()));
            case ColumnRef c when db.equals(c.schema()) -> new ColumnRef(null, c.table(), c.column());
            default -> n;
        });
    }

    // ------------------------------------------------------------------ canonical form

    /**
     * @param named whether the select items get their names as aliases: the view's own SELECT, derived tables and
     *              CTEs (whose columns are named by them), not scalar / EXISTS / IN subqueries
     */
    private Query query(Query q, List<List<Source>> outer, boolean named) {
        WithClause with = q.with();
        boolean pushed = false;
        if (with != null) {
            Map<String, List<String>> scope = new HashMap<>();
            ctes.add(scope);
            pushed = true;
            List<CommonTableExpression> rewritten = new ArrayList<>();
            for (CommonTableExpression cte : with.expressions()) {
                if (with.recursive() && !cte.columns().isEmpty()) scope.put(cte.name(), cte.columns());
                else if (with.recursive()) scope.put(cte.name(), names(anchor(cte.query().body())));
                Query cq = query(cte.query(), outer, true);
                scope.put(cte.name(), cte.columns().isEmpty() ? names(cq.body()) : cte.columns());
                rewritten.add(new CommonTableExpression(cte.name(), cte.columns(), cq));
            }
            with = new WithClause(with.recursive(), rewritten);
        }
        depth++;
        try {
            List<List<Source>> levels = new ArrayList<>();
            if (depth == 1) captureNext = true;
            QueryBody body = body(q.body(), outer, levels, named);
            List<OrderItem> order = q.orderBy();
            if (!order.isEmpty() && !levels.isEmpty()) {
                List<List<Source>> scope = scope(levels.get(0), outer);
                List<OrderItem> o = new ArrayList<>();
                for (OrderItem item : order) o.add((OrderItem) expressions(item, scope));
                order = o;
            }
            return new Query(with, body, order, q.limit(), q.locking());
        } finally {
            depth--;
            if (pushed) ctes.remove(ctes.size() - 1);
        }
    }

    private static QueryBody anchor(QueryBody b) {
        return b instanceof SetOperation s ? anchor(s.left()) : b;
    }

    /** {@code levels} receives the sources of a plain SELECT body (for the query's ORDER BY). */
    private QueryBody body(QueryBody b, List<List<Source>> outer, List<List<Source>> levels, boolean named) {
        return switch (b) {
            case QuerySpecification s -> spec(s, outer, levels, named);
            case SetOperation s -> new SetOperation(s.operator(), s.all(), body(s.left(), outer, new ArrayList<>(), named),
                    body(s.right(), outer, new ArrayList<>(), named));
            case NestedQuery n -> new NestedQuery(query(n.query(), outer, named));
            case ExplicitTable t -> new ExplicitTable(qualified(t.table()));
            case TableValueConstructor v -> v;
        };
    }

    private QuerySpecification spec(QuerySpecification s, List<List<Source>> outer, List<List<Source>> levels,
                                    boolean named) {
        boolean top = captureNext;
        captureNext = false;
        List<Boolean> auto = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<TableReference> from = new ArrayList<>();
        for (TableReference r : s.from()) from.add(reference(r, sources, outer));
        List<List<Source>> scope = scope(sources, outer);
        levels.add(sources);
        List<SelectItem> items = new ArrayList<>();
        for (SelectItem item : s.items()) {
            switch (item) {
                case AllColumns a -> {
                    for (Source src : sources) {
                        if (a.table() != null && !a.table().equals(src.table())) continue;
                        if (a.schema() != null && !a.schema().equals(src.schema())) continue;
                        for (String c : src.columns()) {
                            auto.add(false);
                            items.add(new SelectExpression(new ColumnRef(src.schema(), src.table(), c), named ? c : null, c,
                                    new io.sprocket.sql.ast.SourceSpan(0, 0)));
                        }
                    }
                }
                case SelectExpression e -> {
                    String name = e.alias() != null || !named ? e.alias()
                            : e.expression() instanceof ColumnRef c ? columnSpelling(c, scope) : e.sourceText();
                    auto.add(e.alias() == null && !(e.expression() instanceof ColumnRef));
                    Expression x = (Expression) expressions(e.expression(), scope);
                    items.add(new SelectExpression(x, name, e.sourceText(), e.span()));
                }
            }
        }
        if (top) generated = auto;
        Expression where = s.where() == null ? null : (Expression) expressions(s.where(), scope);
        List<Expression> groupBy = new ArrayList<>();
        for (Expression g : s.groupBy()) groupBy.add((Expression) expressions(g, scope));
        Expression having = s.having() == null ? null : (Expression) expressions(s.having(), scope);
        return new QuerySpecification(s.distinct(), s.calcFoundRows(), s.straightJoin(), items, from, where, groupBy,
                s.withRollup(), having, s.windows());
    }

    private static List<List<Source>> scope(List<Source> inner, List<List<Source>> outer) {
        List<List<Source>> scope = new ArrayList<>();
        scope.add(inner);
        scope.addAll(outer);
        return scope;
    }

    private TableReference reference(TableReference r, List<Source> sources, List<List<Source>> outer) {
        return switch (r) {
            case TableName t -> {
                List<String> cte = t.name().schema() == null ? cte(t.name().name()) : null;
                if (cte != null) {
                    sources.add(new Source(null, t.alias() != null ? t.alias() : t.name().name(), cte));
                    yield t;
                }
                ObjectName name = qualified(t.name());
                sources.add(new Source(t.alias() != null ? null : name.schema(),
                        t.alias() != null ? t.alias() : name.name(), columnsOf(name)));
                yield new TableName(name, t.alias(), t.partitions(), t.indexHints());
            }
            case DerivedTable d -> {
                Query q = query(d.query(), d.lateral() ? scope(sources, outer) : outer, true);
                sources.add(new Source(null, d.alias(), d.columnAliases().isEmpty() ? names(q.body()) : d.columnAliases()));
                yield new DerivedTable(q, d.alias(), d.columnAliases(), d.lateral());
            }
            case Join j -> {
                TableReference left = reference(j.left(), sources, outer);
                TableReference right = reference(j.right(), sources, outer);
                Expression on = j.on() == null ? null : (Expression) expressions(j.on(), scope(sources, outer));
                yield new Join(j.type(), left, right, on, j.using());
            }
        };
    }

    private List<String> cte(String name) {
        for (int i = ctes.size() - 1; i >= 0; i--) {
            List<String> c = ctes.get(i).get(name);
            if (c != null) return c;
        }
        return null;
    }

    private ObjectName qualified(ObjectName n) {
        return n.schema() != null || defaultDb == null ? n : new ObjectName(defaultDb, n.name());
    }

    /** The visible columns of a table or view (none for what the catalog does not know, e.g. information_schema). */
    private List<String> columnsOf(ObjectName n) {
        if (n.schema() == null) return List.of();
        TableDef t = catalog.table(n.schema(), n.name());
        if (t != null) {
            List<String> names = new ArrayList<>();
            for (ColumnDef c : t.columns()) if (!c.invisible()) names.add(c.name());
            return names;
        }
        ViewDef v = catalog.view(n.schema(), n.name());
        return v != null ? v.columns() : List.of();
    }

    private static List<String> names(QueryBody b) {
        return switch (b) {
            case QuerySpecification s -> {
                List<String> names = new ArrayList<>();
                for (SelectItem i : s.items()) {
                    if (i instanceof SelectExpression e) {
                        names.add(e.alias() != null ? e.alias()
                                : e.expression() instanceof ColumnRef c ? c.column() : e.sourceText());
                    }
                }
                yield names;
            }
            case SetOperation s -> names(s.left());
            case NestedQuery n -> names(n.query().body());
            case ExplicitTable t -> List.of();
            case TableValueConstructor v -> {
                List<String> names = new ArrayList<>();
                int width = v.rows().isEmpty() ? 0 : v.rows().get(0).items().size();
                for (int i = 0; i < width; i++) names.add("column_" + i);
                yield names;
            }
        };
    }

    /** A column reference's name as its table spells it (MySQL prints the stored spelling). */
    private static String columnSpelling(ColumnRef c, List<List<Source>> scope) {
        Source s = resolve(c, scope);
        return s == null ? c.column() : s.columns().get(s.indexOf(c.column()));
    }

    private static Source resolve(ColumnRef c, List<List<Source>> scope) {
        for (List<Source> level : scope) {
            for (Source s : level) {
                if (c.table() != null) {
                    if (!c.table().equals(s.table())) continue;
                    if (c.schema() != null && !c.schema().equals(s.schema())) continue;
                }
                if (s.indexOf(c.column()) >= 0) return s;
            }
        }
        return null;
    }

    /** Qualifies the column references of an expression; subqueries in it become queries of their own level. */
    private Object expressions(Object node, List<List<Source>> scope) {
        if (node instanceof ColumnRef c) {
            Source s = resolve(c, scope);
            return s == null ? c : new ColumnRef(s.schema(), s.table(), s.columns().get(s.indexOf(c.column())));
        }
        if (node instanceof Query q) return query(q, scope, false);
        return rebuild(node, child -> expressions(child, scope));
    }

    // ------------------------------------------------------------------ generic record traversal

    /** Applies {@code f} bottom-up to every node of {@code node}. */
    private static Object walk(Object node, UnaryOperator<Object> f) {
        return f.apply(rebuild(node, child -> walk(child, f)));
    }

    /** The record {@code node} with {@code f} applied to each child node (and to nodes in child lists). */
    private static Object rebuild(Object node, UnaryOperator<Object> f) {
        if (!(node instanceof Node) || !node.getClass().isRecord()) return node;
        RecordComponent[] components = node.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                Object v = components[i].getAccessor().invoke(node);
                Object m = v;
                if (v instanceof Node) m = f.apply(v);
                else if (v instanceof List<?> list) {
                    List<Object> out = new ArrayList<>(list.size());
                    boolean any = false;
                    for (Object o : list) {
                        Object mo = o instanceof Node || o instanceof List<?> ? (o instanceof Node ? f.apply(o) : rebuildList((List<?>) o, f)) : o;
                        any |= mo != o;
                        out.add(mo);
                    }
                    if (any) m = out;
                }
                changed |= m != v;
                values[i] = m;
            }
            if (!changed) return node;
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
            Constructor<?> ctor = node.getClass().getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + node.getClass().getSimpleName(), e);
        }
    }

    private static List<Object> rebuildList(List<?> list, UnaryOperator<Object> f) {
        List<Object> out = new ArrayList<>(list.size());
        boolean any = false;
        for (Object o : list) {
            Object m = o instanceof Node ? f.apply(o) : o;
            any |= m != o;
            out.add(m);
        }
        return any ? out : (List<Object>) list;
    }


    /** Calls {@code visitor} on every node of {@code node}, subqueries included. */
    static void visit(Object node, java.util.function.Consumer<Object> visitor) {
        walk(node, n -> {
            visitor.accept(n);
            return n;
        });
    }

    /**
     * {@code node} with each column reference replaced by {@code f}'s answer (the reference itself to keep it);
     * subqueries are left alone.
     */
    static Object mapColumns(Object node, java.util.function.Function<ColumnRef, Object> f) {
        if (node instanceof ColumnRef c) return f.apply(c);
        if (node instanceof Query) return node;
        return rebuild(node, child -> mapColumns(child, f));
    }

    /** Calls {@code visitor} on every node of {@code node} outside subqueries (a subquery itself is visited). */
    static void visitShallow(Object node, java.util.function.Consumer<Object> visitor) {
        visitor.accept(node);
        if (node instanceof Query) return;
        rebuild(node, child -> {
            visitShallow(child, visitor);
            return child;
        });
    }
}
