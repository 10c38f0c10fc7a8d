package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.exec.CompileEnv;
import io.sprocket.engine.exec.QueryCompiler;
import io.sprocket.engine.exec.VirtualTable;
import io.sprocket.engine.expr.BoundExpression;
import io.sprocket.engine.expr.CompileContext;
import io.sprocket.engine.expr.ExpressionCompiler;
import io.sprocket.engine.expr.Scope;
import io.sprocket.engine.expr.SubqueryPlan;
import io.sprocket.engine.function.FunctionRegistry;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Query;

/** The compile environment of one statement: the catalog snapshot it started with and the session's settings. */
final class StatementEnv implements CompileEnv {
    private final SessionImpl session;
    private final Catalog catalog;
    private QueryCompiler queries;

    private final io.sprocket.engine.expr.LocalVariables locals;

    /** The environment of a statement; inside a stored program it sees the variables of the running step. */
    StatementEnv(SessionImpl session, Catalog catalog) {
        this(session, catalog, session.currentLocals);
    }

    StatementEnv(SessionImpl session, Catalog catalog, io.sprocket.engine.expr.LocalVariables locals) {
        this.session = session;
        this.catalog = catalog;
        this.locals = locals;
    }

    @Override public io.sprocket.engine.expr.LocalVariables locals() { return viewDatabase != null ? null : locals; }

    /** The views whose SELECT is being compiled, as db.name (a view reaching itself again is recursion, 1462). */
    final java.util.Set<String> expandingViews = new java.util.HashSet<>();

    /** While a view's SELECT compiles: the view's database (its unqualified names), else null. */
    private String viewDatabase;

    /**
     * Compiles inside a view's database: unqualified names are the view's, routine variables are out of sight and
     * the tables of an UPDATE / DELETE need their SELECT again (see {@link Views}).
     */
    <T> T inViewDatabase(String schema, java.util.function.Supplier<T> body) {
        String savedDb = viewDatabase;
        java.util.Set<String> savedTargets = dmlTargets;
        viewDatabase = schema;
        dmlTargets = java.util.Set.of();
        try {
            return body.get();
        } finally {
            viewDatabase = savedDb;
            dmlTargets = savedTargets;
        }
    }

    @Override public io.sprocket.engine.exec.ViewReference view(String schema, String table) {
        return Views.reference(this, catalog, schema, table);
    }

    @Override public BoundExpression storedFunction(String schema, String name, BoundExpression[] arguments,
                                                    String callText) {
        return Routines.functionCall(session, catalog, schema, name, arguments, callText);
    }

    QueryCompiler queries() {
        if (queries == null) queries = new QueryCompiler(this);
        return queries;
    }

    SessionImpl session() { return session; }

    @Override public Catalog catalog() { return catalog; }

    /** Tables an UPDATE / DELETE changes: reading them to find rows needs no SELECT of its own here. */
    private java.util.Set<String> dmlTargets = java.util.Set.of();

    private final java.util.List<Runnable> columnsRead = new java.util.ArrayList<>();

    /** How many target columns read so far (see {@link #forgetColumnsReadSince}). */
    int columnsReadMark() { return columnsRead.size(); }

    /** Forgets what was recorded since {@code mark}: resolving an UPDATE's SET target is not a read. */
    void forgetColumnsReadSince(int mark) {
        while (columnsRead.size() > mark) columnsRead.remove(columnsRead.size() - 1);
    }

    /** SELECT on each column the statement read from its targets (1143), once its own privilege was checked. */
    void checkColumnsRead() {
        for (Runnable r : columnsRead) r.run();
        columnsRead.clear();
    }

    void dmlTargets(java.util.Set<String> qualifiedLowerCase) {
        this.dmlTargets = qualifiedLowerCase;
    }

    @Override public io.sprocket.engine.error.SqlException selectDenied(String table) {
        return new io.sprocket.engine.error.SqlException(io.sprocket.engine.error.ErrorCode.ER_TABLEACCESS_DENIED_ERROR,
                "SELECT", session.securityContext().user().user(), session.clientHost(), table);
    }

    @Override public java.util.function.Consumer<String> requireSelect(String schema, String table) {
        if (!dmlTargets.isEmpty() && dmlTargets.contains((schema + "." + table).toLowerCase(java.util.Locale.ROOT))) {
            // Columns an UPDATE or DELETE reads from its target: checked after the statement's own privilege
            // (UPDATE's 1142 comes before SELECT's 1143), see checkColumnsRead.
            var guard = AccessChecks.columnsRead(session, schema, table);
            if (guard == null) return null;
            return column -> columnsRead.add(() -> guard.accept(column));
        }
        return AccessChecks.select(session, schema, table);
    }

    @Override public String currentDatabase() { return viewDatabase != null ? viewDatabase : session.currentDatabase(); }

    @Override public FunctionRegistry functions() { return session.engine.functions(); }

    @Override public Collation literalCollation() { return session.connectionCollation(); }

    @Override public int divPrecisionIncrement() { return session.divPrecisionIncrement(); }

    @Override public boolean onlyFullGroupBy() { return session.variables.has(SqlMode.ONLY_FULL_GROUP_BY); }

    @Override public String text(Expression e) { return io.sprocket.engine.catalog.ExpressionText.format(e, locals); }

    @Override public VirtualTable virtualTable(String schema, String table) {
        VirtualTable grants = GrantTables.table(session, schema, table);
        if (grants != null) {
            String lower = table.toLowerCase(java.util.Locale.ROOT);
            if (schema.equalsIgnoreCase("mysql") && !dmlTargets.contains("mysql." + lower)) {
                AccessChecks.table(session, "mysql", lower, io.sprocket.engine.security.Privilege.SELECT);
            }
            return grants;
        }
        return InfoSchema.table(session, catalog, schema, table);
    }

    @Override public Object peekSystemVariable(io.sprocket.sql.ast.VariableScope scope, String name) {
        return session.systemVariable(scope, name);
    }

    private boolean readsUserVariables;

    @Override public Object peekUserVariable(String name) {
        readsUserVariables = true;
        return session.userVariableForTyping(name);
    }

    /** True when a compiled plan's types depend on user variables (it must not be cached). */
    boolean readsUserVariables() { return readsUserVariables; }

    @Override public void compileWarning(io.sprocket.engine.error.ErrorCode code, Object... args) {
        session.diagnostics.warn(code, args);
    }

    /** A compile context for expressions outside any query block (SET, DO, DEFAULT, LIMIT of a routine). */
    CompileContext standalone() {
        return new CompileContext() {
            @Override public FunctionRegistry functions() { return StatementEnv.this.functions(); }

            @Override public Collation literalCollation() { return StatementEnv.this.literalCollation(); }

            @Override public int divPrecisionIncrement() { return StatementEnv.this.divPrecisionIncrement(); }

            @Override public String currentDatabase() { return StatementEnv.this.currentDatabase(); }

            @Override public SubqueryPlan compileSubquery(Query query, Scope parent) {
                return queries().compile(query, parent);
            }

            @Override public BoundExpression bindAggregate(Expression call, Scope scope) { return null; }

            @Override public String text(Expression e) { return StatementEnv.this.text(e); }

            @Override public Object peekSystemVariable(io.sprocket.sql.ast.VariableScope scope, String name) {
                return session.systemVariable(scope, name);
            }

            @Override public Object peekUserVariable(String name) {
                return StatementEnv.this.peekUserVariable(name);
            }

            @Override public void compileWarning(io.sprocket.engine.error.ErrorCode code, Object... args) {
                StatementEnv.this.compileWarning(code, args);
            }

            @Override public io.sprocket.engine.expr.LocalVariables locals() { return locals; }

            @Override public BoundExpression storedFunction(String schema, String name, BoundExpression[] arguments,
                                                            String callText) {
                return StatementEnv.this.storedFunction(schema, name, arguments, callText);
            }
        };
    }

    /** Compiles an expression that reads no table columns. */
    BoundExpression compileConstant(Expression e) {
        return new ExpressionCompiler(standalone()).compile(e, new Scope(null), "field list");
    }
}
