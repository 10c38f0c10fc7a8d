package io.sprocket.engine.exec;

import io.sprocket.sql.ast.Query;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A view named in FROM, as the session resolves it ({@link CompileEnv#view}). The compiler treats it as a derived
 * table of the view's SELECT, with the view's column names; the session decides the context its SELECT is compiled
 * and run in (the view's database, the definer's or the invoker's privileges, MySQL's 1356 for what the view
 * cannot reach).
 */
public interface ViewReference {
    String schema();

    String name();

    /** The view's column names, in order. */
    List<String> columns();

    /** Compiles the view's SELECT with {@code compiler} inside the view's context. */
    QueryPlan compile(Function<Query, QueryPlan> compiler);

    /** Runs {@code body} (reading the view's rows) inside the view's security context. */
    <T> T run(Supplier<T> body);
}
