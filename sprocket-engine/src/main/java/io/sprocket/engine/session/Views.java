package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.ViewDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.exec.QueryPlan;
import io.sprocket.engine.exec.ViewReference;
import io.sprocket.engine.security.AccountName;
import io.sprocket.sql.ast.Query;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Views in queries (MySQL 8.0 Reference Manual, 27.5 Using Views, 27.6 Stored Object Access Control): a view in
 * FROM is its SELECT, compiled as a derived table in the view's context: its database for unqualified names, and,
 * for SQL SECURITY DEFINER, its definer's privileges (through {@link Invoker}); the invoker needs SELECT on the
 * view itself, checked by the compiler as for a table. What the view's SELECT cannot reach (a missing table or
 * column, a missing function, a privilege its definer or invoker lacks) is 1356 naming the view, as in MySQL.
 */
final class Views {
    /** The errors MySQL turns into 1356 while a view's SELECT is opened. */
    private static final Set<Integer> INVALID = Set.of(
            ErrorCode.ER_NO_SUCH_TABLE.errno(), ErrorCode.ER_BAD_FIELD_ERROR.errno(),
            ErrorCode.ER_SP_DOES_NOT_EXIST.errno(), ErrorCode.ER_TABLEACCESS_DENIED_ERROR.errno(),
            ErrorCode.ER_COLUMNACCESS_DENIED_ERROR.errno(), ErrorCode.ER_PROCACCESS_DENIED_ERROR.errno(),
            ErrorCode.ER_FUNC_INEXISTENT_NAME_COLLISION.errno(), ErrorCode.ER_BAD_DB_ERROR.errno(),
            // a view inside a view: MySQL names the outermost view of the statement
            ErrorCode.ER_VIEW_INVALID.errno());

    private Views() {
    }

    /** The view {@code schema.table} as the compiler sees it, or null (no such view, or a temporary table shadows it). */
    static ViewReference reference(StatementEnv env, Catalog catalog, String schema, String table) {
        ViewDef v = catalog.view(schema, table);
        if (v == null || env.session().isTemporary(schema, table)) return null;
        return new Reference(env, v);
    }

    /** The view's security context for {@link Invoker}. */
    static Invoker.StoredObject storedObject(ViewDef v) {
        return new Invoker.StoredObject(Invoker.ObjectType.VIEW, v.schema(), v.name(),
                new AccountName(v.definerUser(), v.definerHost()), v.securityInvoker());
    }

    private record Reference(StatementEnv env, ViewDef view) implements ViewReference {
        @Override public String schema() { return view.schema(); }

        @Override public String name() { return view.name(); }

        @Override public List<String> columns() { return view.columns(); }

        @Override public QueryPlan compile(Function<Query, QueryPlan> compiler) {
            String key = view.schema() + "." + view.name();
            if (!env.expandingViews.add(key)) throw new SqlException(ErrorCode.ER_VIEW_RECURSIVE, view.schema(), view.name());
            SessionImpl s = env.session();
            try {
                Invoker.Frame frame = Invoker.enter(s, storedObject(view));
                try {
                    return env.inViewDatabase(view.schema(), () -> compiler.apply(view.query()));
                } finally {
                    Invoker.leave(s, frame);
                }
            } catch (SqlException e) {
                if (INVALID.contains(e.errno())) throw new SqlException(ErrorCode.ER_VIEW_INVALID, view.schema(), view.name());
                throw e;
            } finally {
                env.expandingViews.remove(key);
            }
        }

        @Override public <T> T run(Supplier<T> body) {
            return Invoker.run(env.session(), storedObject(view), body);
        }
    }
}
