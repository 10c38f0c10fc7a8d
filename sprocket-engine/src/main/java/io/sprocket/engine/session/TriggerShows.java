package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.TriggerDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.LocalResult;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.ObjectName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What clients see of triggers, in MySQL 8.0's layout: SHOW TRIGGERS, SHOW CREATE TRIGGER and
 * information_schema.TRIGGERS. All three show only triggers of tables the user has the TRIGGER privilege on
 * (MySQL 8.0 Reference Manual, 15.7.7.40 SHOW TRIGGERS and 28.3.45 The INFORMATION_SCHEMA TRIGGERS Table).
 */
final class TriggerShows {
    private TriggerShows() {
    }

    /** SHOW TRIGGERS [FROM db] before LIKE (on Table) / WHERE: by table, event, timing and ACTION_ORDER. */
    static LocalResult showTriggers(SessionImpl session, Catalog catalog, String database) {
        String db = database != null ? database : session.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        if (catalog.database(db) == null) throw new SqlException(ErrorCode.ER_BAD_DB_ERROR, db);
        LocalResult r = new LocalResult(List.of(Shows.text("Trigger", 64), Shows.text("Event", 6),
                Shows.text("Table", 64), Shows.text("Statement", 65535), Shows.text("Timing", 6),
                SqlType.timestamp(2).expressionMeta("Created", true), Shows.text("sql_mode", 8192),
                Shows.text("Definer", 288), Shows.text("character_set_client", 32),
                Shows.text("collation_connection", 64), Shows.text("Database Collation", 64)));
        ZoneId zone = session.timeZone();
        List<TriggerDef> list = new ArrayList<>(catalog.triggers(db));
        list.sort(Comparator.comparing(TriggerDef::table).thenComparing(TriggerDef::event)
                .thenComparing(TriggerDef::timing).thenComparingInt(TriggerDef::actionOrder));
        for (TriggerDef t : list) {
            if (!AccessChecks.visibleTrigger(session, t.schema(), t.table())) continue;
            r.add(t.name(), t.event().name(), t.table(), t.bodyText(), t.timing().name(), createdText(t, zone),
                    SqlMode.format(t.sqlMode()), t.definer(), t.characterSetClient(), t.collationConnection(),
                    t.databaseCollation());
        }
        return r;
    }

    /** SHOW CREATE TRIGGER [db.]name: 1360 when there is none; the TRIGGER privilege on its table is needed. */
    static LocalResult showCreate(SessionImpl session, Catalog catalog, ObjectName name) {
        String db = name.schema() != null ? name.schema() : session.currentDatabase();
        if (db == null) throw new SqlException(ErrorCode.ER_NO_DB_ERROR);
        TriggerDef t = catalog.trigger(db, name.name());
        if (t == null) throw new SqlException(ErrorCode.ER_TRG_DOES_NOT_EXIST);
        if (!AccessChecks.visibleTrigger(session, t.schema(), t.table())) {
            throw new SqlException(ErrorCode.ER_SPECIFIC_ACCESS_DENIED_ERROR, "TRIGGER");
        }
        return new LocalResult(List.of(Shows.text("Trigger", 64), Shows.text("sql_mode", 8192),
                Shows.text("SQL Original Statement", 65535), Shows.text("character_set_client", 32),
                Shows.text("collation_connection", 64), Shows.text("Database Collation", 64),
                SqlType.timestamp(2).expressionMeta("Created", true)))
                .add(t.name(), SqlMode.format(t.sqlMode()), t.createStatement(), t.characterSetClient(),
                        t.collationConnection(), t.databaseCollation(), createdText(t, session.timeZone()));
    }

    // ------------------------------------------------------------------ information_schema

    static final List<String> COLUMNS = List.of("TRIGGER_CATALOG", "TRIGGER_SCHEMA", "TRIGGER_NAME",
            "EVENT_MANIPULATION", "EVENT_OBJECT_CATALOG", "EVENT_OBJECT_SCHEMA", "EVENT_OBJECT_TABLE", "ACTION_ORDER",
            "ACTION_CONDITION", "ACTION_STATEMENT", "ACTION_ORIENTATION", "ACTION_TIMING", "ACTION_REFERENCE_OLD_TABLE",
            "ACTION_REFERENCE_NEW_TABLE", "ACTION_REFERENCE_OLD_ROW", "ACTION_REFERENCE_NEW_ROW", "CREATED", "SQL_MODE",
            "DEFINER", "CHARACTER_SET_CLIENT", "COLLATION_CONNECTION", "DATABASE_COLLATION");

    /** MySQL 8.0's column types (enums and sets shown as the strings they hold). */
    static final List<SqlType> TYPES = List.of(name(), name(), name(), SqlType.varchar(6), name(), name(), name(),
            SqlType.integer(TypeKind.INT, true), SqlType.binary(0), SqlType.lob(TypeKind.LONGTEXT, null),
            SqlType.varchar(3), SqlType.varchar(6), SqlType.binary(0), SqlType.binary(0), SqlType.varchar(3),
            SqlType.varchar(3), SqlType.timestamp(2), SqlType.varchar(8192), SqlType.varchar(288), name(), name(),
            name());

    static List<Object[]> rows(SessionImpl session, Catalog catalog) {
        ZoneId zone = session.timeZone();
        List<Object[]> rows = new ArrayList<>();
        for (TriggerDef t : catalog.allTriggers()) {
            if (!AccessChecks.visibleTrigger(session, t.schema(), t.table())) continue;
            rows.add(new Object[] {"def", t.schema(), t.name(), t.event().name(), "def", t.schema(), t.table(),
                    (long) t.actionOrder(), null, t.bodyText(), "ROW", t.timing().name(), null, null, "OLD", "NEW",
                    created(t, zone), SqlMode.format(t.sqlMode()), t.definer(), t.characterSetClient(),
                    t.collationConnection(), t.databaseCollation()});
        }
        return rows;
    }

    // ------------------------------------------------------------------ shared

    /** CREATED is a TIMESTAMP(2) (hundredths of a second), shown in the session's time zone. */
    private static SqlDateTime created(TriggerDef t, ZoneId zone) {
        long centis = t.createdCentis();
        return SqlDateTime.of(LocalDateTime.ofInstant(Instant.ofEpochMilli(centis * 10), zone));
    }

    private static String createdText(TriggerDef t, ZoneId zone) {
        SqlDateTime d = created(t, zone);
        return String.format("%04d-%02d-%02d %02d:%02d:%02d.%02d", d.year(), d.month(), d.day(), d.hour(), d.minute(),
                d.second(), d.micros() / 10_000);
    }

    private static SqlType name() {
        return SqlType.varchar(64);
    }
}
