package io.sprocket.engine.session;

import io.sprocket.engine.Engine;
import io.sprocket.engine.catalog.EventDef;
import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.OkResult;
import io.sprocket.engine.result.ResultSink;
import io.sprocket.engine.result.RowStream;
import io.sprocket.engine.routine.Invocation;
import io.sprocket.engine.routine.Program;
import io.sprocket.engine.routine.RoutineCompiler;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.variable.ScopeKeyword;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.CreateEvent;
import io.sprocket.sql.ast.CreateRoutine;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.RoutineKind;
import java.util.List;

/**
 * Runs an event's body: in a session of its own, in the event's definer context (events always run as their
 * definer, through the {@link Invoker}), with the event's database as the default and the sql_mode, time zone and
 * character set settings it was created with. The body is compiled and run as the routine runtime runs a
 * procedure body; result sets it produces go nowhere.
 */
public final class EventRunner {
    private EventRunner() {
    }

    /** Runs {@code def} once. Throws the body's error (1449 for a definer that no longer exists). */
    public static void execute(Engine engine, EventDef def) {
        AccountName definer = new AccountName(def.definerUser(), def.definerHost());
        SessionImpl s = (SessionImpl) engine.open(engine.nextConnectionId(),
                new ClientInfo(definer, definer, null, false, true, false, 0));
        try {
            s.variables.set(ScopeKeyword.SESSION, "time_zone", def.timeZone(), Warnings.IGNORE);
            RoutineDef routine = routineOf(def);
            Invoker.Frame frame = Invoker.enter(s, new Invoker.StoredObject(Invoker.ObjectType.EVENT, def.schema(),
                    def.name(), definer, false));
            try {
                RoutineHostImpl host = new RoutineHostImpl(s, routine);
                Program program = RoutineCompiler.compile(routine, host, engine.catalog().version());
                Invocation inv = new Invocation(program, host, new Object[program.frameSize()],
                        SqlMode.isStrict(def.sqlMode()));
                Routines.runInContext(s, routine, inv, DISCARD, false);
            } finally {
                Invoker.leave(s, frame);
            }
        } finally {
            s.close();
        }
    }

    /** Compiles a new or changed body in the creating session, raising the errors MySQL reports at CREATE. */
    static void validate(SessionImpl session, EventDef def) {
        RoutineDef routine = routineOf(def);
        RoutineCompiler.compile(routine, new RoutineHostImpl(session, routine), -1);
    }

    /** {@code def} with its definition parsed from its canonical CREATE text, as it will be when loaded again. */
    static EventDef parsed(EventDef def) {
        var options = io.sprocket.sql.ParserOptions.fromSqlMode(SqlMode.format(def.sqlMode()));
        return def.withDefinition((CreateEvent) io.sprocket.sql.Parser.parse(def.createText(), options));
    }

    /** The body as a parameterless procedure of the event's name, with the event's definer and settings. */
    private static RoutineDef routineOf(EventDef def) {
        var definition = new CreateRoutine(false, null, RoutineKind.PROCEDURE, false,
                new ObjectName(def.schema(), def.name()), List.of(), "", null, List.of(), def.definition().body(),
                def.bodyText());
        return new RoutineDef(def.schema(), def.name(), RoutineKind.PROCEDURE, def.definerUser(), def.definerHost(),
                List.of(), "", null, null, def.bodyText(), false, RoutineDef.DataAccess.CONTAINS_SQL, false, "",
                def.sqlMode(), def.characterSetClient(), def.collationConnection(), def.databaseCollation(),
                def.createdSeconds(), def.lastAlteredSeconds(), definition);
    }

    /** Where an event's result sets go: nowhere (the rows are read and dropped). */
    private static final ResultSink DISCARD = new ResultSink() {
        @Override
        public void resultSet(List<ColumnMeta> columns, RowStream rows, boolean moreResults) {
            while (rows.next() != null) {
                // an event has no client
            }
        }

        @Override
        public void ok(OkResult ok, boolean moreResults) {
        }

        @Override
        public void error(SqlException error) {
            throw error;
        }
    };
}
