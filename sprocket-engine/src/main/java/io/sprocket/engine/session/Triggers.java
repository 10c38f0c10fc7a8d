package io.sprocket.engine.session;

import io.sprocket.engine.catalog.ColumnDef;
import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.catalog.TriggerDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.routine.Invocation;
import io.sprocket.engine.routine.Program;
import io.sprocket.engine.routine.RoutineCompiler;
import io.sprocket.engine.routine.TriggerRows;
import io.sprocket.engine.routine.TriggerUsage;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.Privilege;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.CreateRoutine;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.RoutineKind;
import io.sprocket.sql.ast.TriggerEvent;
import io.sprocket.sql.ast.TriggerTiming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Firing triggers (MySQL 8.0 Reference Manual, 27.3 Using Triggers). A writing statement asks {@link #forTable}
 * once for its target table; null means the table has no triggers and the statement pays nothing more. Otherwise
 * each row change calls {@link TableTriggers#fire}, which runs the table's triggers of that timing and event in
 * ACTION_ORDER.
 *
 * <p>A trigger body is compiled once per session and catalog version into a {@link Program} whose frame starts
 * with the NEW and OLD columns ({@link TriggerRows}): firing copies the row into the frame, runs the program, and
 * for a BEFORE trigger copies NEW back, so {@code SET NEW.col = expr} changes the row written (with the column's
 * type conversion under the trigger's own sql_mode). Every firing goes through the {@link Invoker}: triggers
 * always run as their definer (1449 for a definer that no longer exists), who needs the TRIGGER privilege on the
 * table, SELECT on the NEW / OLD columns the body reads and UPDATE on those it sets (checked at the first firing
 * of each statement), plus whatever the body's statements need. The body runs like a stored function's: inside
 * the firing statement's transaction, no result sets (1415), and it may not change a table the statement uses
 * (1442). An error anywhere fails the statement, whose statement savepoint undoes all its changes.
 */
final class Triggers {
    private static final TriggerTiming[] TIMINGS = TriggerTiming.values();
    private static final TriggerEvent[] EVENTS = TriggerEvent.values();

    private Triggers() {
    }

    /**
     * Statements that end a transaction (explicitly or as DDL does): not allowed while a stored function or
     * trigger runs, even in a procedure it calls (1422).
     */
    static boolean commitsImplicitly(io.sprocket.sql.ast.Statement s) {
        return s instanceof io.sprocket.sql.ast.Commit || s instanceof io.sprocket.sql.ast.Rollback
                || s instanceof io.sprocket.sql.ast.StartTransaction || s instanceof io.sprocket.sql.ast.DdlStatement
                || s instanceof io.sprocket.sql.ast.RoutineStatement || s instanceof io.sprocket.sql.ast.TriggerStatement
                || s instanceof io.sprocket.sql.ast.AccountStatement;
    }

    /** The triggers of {@code table} for the statement about to change it, or null when it has none. */
    static TableTriggers forTable(SessionImpl session, TableDef table) {
        List<TriggerDef> all = session.engine.catalog().triggers(table.schema());
        if (all.isEmpty()) return null;
        // a temporary table has no triggers, also when it hides a base table of the same name that has some
        if (session.isTemporary(table.schema(), table.name())) return null;
        List<TriggerDef> mine = null;
        for (TriggerDef t : all) {
            if (!t.table().equals(table.name())) continue;
            if (mine == null) mine = new ArrayList<>();
            mine.add(t);
        }
        if (mine == null) return null;
        mine.sort(Comparator.comparingInt(TriggerDef::actionOrder));
        return new TableTriggers(session, table, mine);
    }

    /** Checks a new definition as CREATE TRIGGER does: NEW / OLD references (1363, 1362, 1054), then the body. */
    static void validate(SessionImpl session, TriggerDef def, TableDef table) {
        TriggerRows rows = rows(def, table);
        TriggerUsage.of(def.definition().body(), rows);
        RoutineDef routine = routine(def);
        RoutineCompiler.compileTrigger(routine, new RoutineHostImpl(session, routine), -1, rows);
    }

    private static TriggerRows rows(TriggerDef def, TableDef table) {
        List<String> names = new ArrayList<>(table.columns().size());
        List<SqlType> types = new ArrayList<>(table.columns().size());
        for (ColumnDef c : table.columns()) {
            names.add(c.name());
            types.add(c.type());
        }
        return new TriggerRows(def.event().name(), def.timing() == TriggerTiming.AFTER, names, types);
    }

    /** The body as a routine definition: what the routine compiler and interpreter run, with the trigger's settings. */
    private static RoutineDef routine(TriggerDef def) {
        CreateRoutine definition = new CreateRoutine(false, null, RoutineKind.PROCEDURE, false,
                new ObjectName(def.schema(), def.name()), List.of(), "", null, List.of(), def.definition().body(),
                def.bodyText());
        long seconds = def.createdCentis() / 100;
        return new RoutineDef(def.schema(), def.name(), RoutineKind.PROCEDURE, def.definerUser(), def.definerHost(),
                List.of(), "", null, null, def.bodyText(), false, RoutineDef.DataAccess.CONTAINS_SQL, false, "",
                def.sqlMode(), def.characterSetClient(), def.collationConnection(), def.databaseCollation(), seconds,
                seconds, definition);
    }

    /** The session's compiled program for {@code def}, compiled now when missing or stale. */
    private static Compiled compiled(SessionImpl session, TriggerDef def, TableDef table) {
        long version = session.engine.catalog().version();
        String key = "\u0001trigger\u0000" + def.schema() + "\u0000" + def.name();
        Program p = session.programs.get(key);
        TriggerRows rows = rows(def, table);
        if (p == null || p.catalogVersion() != version || !p.definition().bodyText().equals(def.bodyText())) {
            RoutineDef routine = routine(def);
            p = RoutineCompiler.compileTrigger(routine, new RoutineHostImpl(session, routine), version, rows);
            session.programs.put(key, p);
        }
        TriggerUsage usage = USAGE.get(p);
        if (usage == null) {
            usage = TriggerUsage.of(def.definition().body(), rows);
            USAGE.put(p, usage);
        }
        return new Compiled(def, p, rows, usage);
    }

    /** The NEW / OLD columns each compiled program uses (found once per program, not per statement). */
    private static final java.util.Map<Program, TriggerUsage> USAGE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** One trigger as one statement runs it: its program, an invocation reused row after row. */
    private static final class Compiled {
        final TriggerDef def;
        final Program program;
        final TriggerRows rows;
        final TriggerUsage usage;
        final Invoker.StoredObject object;
        Invocation invocation;
        boolean checked;

        Compiled(TriggerDef def, Program program, TriggerRows rows, TriggerUsage usage) {
            this.def = def;
            this.program = program;
            this.rows = rows;
            this.usage = usage;
            this.object = new Invoker.StoredObject(Invoker.ObjectType.TRIGGER, def.schema(), def.name(),
                    new AccountName(def.definerUser(), def.definerHost()), false);
        }
    }

    /** The triggers of one table during one statement, by timing and event. */
    static final class TableTriggers {
        private final SessionImpl session;
        private final TableDef table;
        private final List<TriggerDef> defs;
        /** [timing][event] -> compiled triggers in ACTION_ORDER (compiled at first use), null when none. */
        private final Compiled[][][] byKind = new Compiled[TIMINGS.length][EVENTS.length][];
        private final boolean[][] present = new boolean[TIMINGS.length][EVENTS.length];
        private final TriggerSink sink = new TriggerSink();

        TableTriggers(SessionImpl session, TableDef table, List<TriggerDef> defs) {
            this.session = session;
            this.table = table;
            this.defs = defs;
            for (TriggerDef d : defs) present[d.timing().ordinal()][d.event().ordinal()] = true;
        }

        boolean has(TriggerTiming timing, TriggerEvent event) {
            return present[timing.ordinal()][event.ordinal()];
        }

        /**
         * Runs the triggers of {@code timing} and {@code event} for one row change. {@code newRow} (INSERT, UPDATE)
         * is changed in place by BEFORE triggers; {@code oldRow} (UPDATE, DELETE) is only read.
         */
        void fire(TriggerTiming timing, TriggerEvent event, Object[] newRow, Object[] oldRow) {
            if (!present[timing.ordinal()][event.ordinal()]) return;
            Compiled[] list = byKind[timing.ordinal()][event.ordinal()];
            if (list == null) {
                List<Compiled> out = new ArrayList<>();
                for (TriggerDef d : defs) {
                    if (d.timing() == timing && d.event() == event) out.add(compiled(session, d, table));
                }
                list = byKind[timing.ordinal()][event.ordinal()] = out.toArray(new Compiled[0]);
            }
            // While the body runs, the table counts as used by the statement: the body may not change it (1442).
            int mark = session.statementTables.mark();
            session.statementTables.add(table.id());
            try {
                for (Compiled c : list) run(c, newRow, oldRow);
            } finally {
                session.statementTables.truncate(mark);
            }
        }

        private void run(Compiled c, Object[] newRow, Object[] oldRow) {
            Invoker.Frame frame = Invoker.enter(session, c.object);
            try {
                if (!c.checked) {
                    checkPrivileges(c);
                    c.checked = true;
                }
                Invocation inv = c.invocation;
                if (inv == null) {
                    RoutineDef routine = c.program.definition();
                    inv = c.invocation = new Invocation(c.program, new RoutineHostImpl(session, routine),
                            new Object[c.program.frameSize()], SqlMode.isStrict(c.def.sqlMode()));
                } else {
                    inv.reset();
                }
                Object[] f = inv.frame;
                int n = c.rows.columns().size();
                if (newRow != null && c.rows.hasNew()) System.arraycopy(newRow, 0, f, 0, n);
                if (oldRow != null && c.rows.hasOld()) System.arraycopy(oldRow, 0, f, c.rows.oldBase(), n);
                runInContext(c, inv);
                if (newRow != null && c.rows.hasNew() && !c.rows.after()) System.arraycopy(f, 0, newRow, 0, n);
            } finally {
                Invoker.leave(session, frame);
            }
        }

        /** TRIGGER on the table, SELECT on the NEW / OLD columns read, UPDATE on those set: the definer's. */
        private void checkPrivileges(Compiled c) {
            AccessChecks.table(session, table.schema(), table.name(), Privilege.TRIGGER);
            for (int col : c.usage.reads()) {
                AccessChecks.triggerColumn(session, table.schema(), table.name(), c.rows.columns().get(col), Privilege.SELECT);
            }
            for (int col : c.usage.writes()) {
                AccessChecks.triggerColumn(session, table.schema(), table.name(), c.rows.columns().get(col), Privilege.UPDATE);
            }
        }

        /**
         * The body's execution context, as a stored function's: the trigger's database as the default, its creation
         * sql_mode and collations, its frame; conditions it raises and handles stay in its own diagnostics area.
         */
        private void runInContext(Compiled c, Invocation inv) {
            TriggerDef def = c.def;
            var savedStep = session.currentStep;
            List<io.sprocket.engine.error.Condition> caller = session.diagnostics.isEmpty() ? null
                    : session.diagnostics.conditions();
            session.currentStep = null;
            // LAST_INSERT_ID() set inside a trigger is restored when it ends (MySQL 8.0 Reference Manual, 14.15
            // Information Functions, LAST_INSERT_ID())
            long lastInsertId = session.lastInsertId();
            try {
                Routines.runInContext(session, def.schema(), def.sqlMode(), def.characterSetClient(),
                        def.collationConnection(), def.databaseCollation(), inv, sink, true);
            } finally {
                session.setLastInsertId(lastInsertId);
                session.currentStep = savedStep;
                session.diagnostics.clear();
                if (caller != null) session.diagnostics.prepend(caller);
            }
        }
    }

    /** Statements in a trigger may not return result sets (a procedure it calls included): 1415. */
    private static final class TriggerSink implements ResultSink {
        @Override
        public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults) {
            throw new SqlException(ErrorCode.ER_SP_NO_RETSET, "trigger");
        }

        @Override public void ok(OkResult ok, boolean moreResults) { }

        @Override public void error(SqlException error) { throw error; }
    }
}
