package io.sprocket.engine.session;

import io.sprocket.engine.catalog.Catalog;
import io.sprocket.engine.catalog.ExpressionText;
import io.sprocket.engine.catalog.RoutineDef;
import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.LocalResult;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.variable.SqlMode;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.RoutineKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What clients see of stored routines: SHOW CREATE PROCEDURE / FUNCTION, SHOW PROCEDURE / FUNCTION STATUS and the
 * rows of information_schema.ROUTINES and PARAMETERS, in MySQL 8.0's layout.
 */
final class RoutineShows {
    private RoutineShows() {
    }

    /** SHOW CREATE PROCEDURE|FUNCTION [db.]name; 1305 names the routine without its database, as MySQL does. */
    static LocalResult showCreate(SessionImpl session, Catalog catalog, RoutineKind kind, ObjectName name) {
        String schema = RoutineDdl.schemaOf(session, name);
        RoutineDef r = catalog.routine(schema, kind, name.name());
        if (r == null) throw new SqlException(ErrorCode.ER_SP_DOES_NOT_EXIST, kind.name(), name.name());
        String title = kind == RoutineKind.PROCEDURE ? "Procedure" : "Function";
        return new LocalResult(List.of(Shows.text(title, 64), Shows.text("sql_mode", 8192),
                Shows.text("Create " + title, 65535), Shows.text("character_set_client", 32),
                Shows.text("collation_connection", 64), Shows.text("Database Collation", 64)))
                .add(r.name(), SqlMode.format(r.sqlMode()), createText(r), r.characterSetClient(),
                        r.collationConnection(), r.databaseCollation());
    }

    /**
     * The CREATE statement as SHOW CREATE prints it: the header with the parameter list as written, then the
     * characteristics that differ from the defaults, one per line indented by four spaces, then the body as written.
     */
    static String createText(RoutineDef r) {
        StringBuilder sb = new StringBuilder(128 + r.bodyText().length());
        sb.append("CREATE DEFINER=").append(ExpressionText.identifier(r.definerUser())).append('@')
                .append(ExpressionText.identifier(r.definerHost())).append(' ').append(r.kind().name()).append(' ')
                .append(ExpressionText.identifier(r.name())).append('(').append(r.parametersText()).append(')');
        if (r.isFunction()) sb.append(" RETURNS ").append(r.returnsText());
        sb.append('\n');
        if (r.dataAccess() != RoutineDef.DataAccess.CONTAINS_SQL) sb.append("    ").append(r.dataAccess().text()).append('\n');
        if (r.deterministic()) sb.append("    DETERMINISTIC\n");
        if (r.securityInvoker()) sb.append("    SQL SECURITY INVOKER\n");
        if (!r.comment().isEmpty()) sb.append("    COMMENT ").append(ExpressionText.quote(r.comment())).append('\n');
        return sb.append(r.bodyText()).toString();
    }

    /**
     * SHOW PROCEDURE|FUNCTION STATUS before LIKE / WHERE: every database's routines of that kind, by Db then Name.
     * Modified and Created are TIMESTAMP columns as in MySQL 8.0; their values are kept as text in the same format,
     * which is what the text protocol sends and what the shared SHOW ... WHERE evaluation compares.
     */
    static LocalResult status(SessionImpl session, Catalog catalog, RoutineKind kind) {
        LocalResult r = new LocalResult(List.of(Shows.text("Db", 64), Shows.text("Name", 64), Shows.text("Type", 9),
                Shows.text("Definer", 288), SqlType.timestamp(0).expressionMeta("Modified", true),
                SqlType.timestamp(0).expressionMeta("Created", true),
                Shows.text("Security_type", 7), Shows.text("Comment", 1024), Shows.text("character_set_client", 32),
                Shows.text("collation_connection", 64), Shows.text("Database Collation", 64)));
        ZoneId zone = session.timeZone();
        for (RoutineDef d : sorted(catalog)) {
            if (d.kind() != kind || !AccessChecks.visibleRoutine(session, d)) continue;
            r.add(d.schema(), d.name(), d.kind().name(), d.definer(), time(d.modifiedSeconds(), zone).toString(),
                    time(d.createdSeconds(), zone).toString(), security(d), d.comment(), d.characterSetClient(),
                    d.collationConnection(), d.databaseCollation());
        }
        return r;
    }

    // ------------------------------------------------------------------ information_schema

    static final List<String> ROUTINES_COLUMNS = List.of("SPECIFIC_NAME", "ROUTINE_CATALOG", "ROUTINE_SCHEMA",
            "ROUTINE_NAME", "ROUTINE_TYPE", "DATA_TYPE", "CHARACTER_MAXIMUM_LENGTH", "CHARACTER_OCTET_LENGTH",
            "NUMERIC_PRECISION", "NUMERIC_SCALE", "DATETIME_PRECISION", "CHARACTER_SET_NAME", "COLLATION_NAME",
            "DTD_IDENTIFIER", "ROUTINE_BODY", "ROUTINE_DEFINITION", "EXTERNAL_NAME", "EXTERNAL_LANGUAGE",
            "PARAMETER_STYLE", "IS_DETERMINISTIC", "SQL_DATA_ACCESS", "SQL_PATH", "SECURITY_TYPE", "CREATED",
            "LAST_ALTERED", "SQL_MODE", "ROUTINE_COMMENT", "DEFINER", "CHARACTER_SET_CLIENT", "COLLATION_CONNECTION",
            "DATABASE_COLLATION");

    /** MySQL 8.0's column types for ROUTINES (enums and sets shown as the strings they hold). */
    static final List<SqlType> ROUTINES_TYPES = List.of(name(), name(), name(), name(), SqlType.varchar(9),
            longText(), SqlType.BIGINT, SqlType.BIGINT, uint(), uint(), uint(), name(), name(), longText(),
            SqlType.varchar(3), longText(), SqlType.binary(0), name(), SqlType.varchar(3), SqlType.varchar(3),
            SqlType.varchar(17), SqlType.binary(0), SqlType.varchar(7), SqlType.timestamp(0), SqlType.timestamp(0),
            SqlType.varchar(8192), SqlType.lob(io.sprocket.engine.type.TypeKind.TEXT, null), SqlType.varchar(288),
            name(), name(), name());

    static final List<String> PARAMETERS_COLUMNS = List.of("SPECIFIC_CATALOG", "SPECIFIC_SCHEMA", "SPECIFIC_NAME",
            "ORDINAL_POSITION", "PARAMETER_MODE", "PARAMETER_NAME", "DATA_TYPE", "CHARACTER_MAXIMUM_LENGTH",
            "CHARACTER_OCTET_LENGTH", "NUMERIC_PRECISION", "NUMERIC_SCALE", "DATETIME_PRECISION", "CHARACTER_SET_NAME",
            "COLLATION_NAME", "DTD_IDENTIFIER", "ROUTINE_TYPE");

    static final List<SqlType> PARAMETERS_TYPES = List.of(name(), name(), name(), SqlType.BIGINT_UNSIGNED,
            SqlType.varchar(5), name(), longText(), SqlType.BIGINT, SqlType.BIGINT, uint(), SqlType.BIGINT, uint(),
            name(), name(), SqlType.lob(io.sprocket.engine.type.TypeKind.MEDIUMTEXT, null), SqlType.varchar(9));

    /** information_schema.ROUTINES rows; a procedure's return-type columns are '' (DATA_TYPE) or NULL. */
    static List<Object[]> routineRows(SessionImpl session, Catalog catalog) {
        ZoneId zone = session.timeZone();
        List<Object[]> rows = new ArrayList<>();
        for (RoutineDef r : sorted(catalog)) {
            if (!AccessChecks.visibleRoutine(session, r)) continue;
            SqlType t = r.returns();
            Object[] type = t == null ? new Object[] {"", null, null, null, null, null, null, null, null}
                    : typeColumns(t);
            rows.add(new Object[] {r.name(), "def", r.schema(), r.name(), r.kind().name(), type[0], type[1], type[2],
                    type[3], type[4], type[5], type[6], type[7], type[8], "SQL", r.bodyText(), null, "SQL", "SQL",
                    r.deterministic() ? "YES" : "NO", r.dataAccess().text(), null, security(r),
                    time(r.createdSeconds(), zone), time(r.modifiedSeconds(), zone), SqlMode.format(r.sqlMode()),
                    r.comment(), r.definer(), r.characterSetClient(), r.collationConnection(), r.databaseCollation()});
        }
        return rows;
    }

    /**
     * information_schema.PARAMETERS rows: a function's return value first, as ORDINAL_POSITION 0 with a NULL
     * mode and name, then the parameters from 1.
     */
    static List<Object[]> parameterRows(SessionImpl session, Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (RoutineDef r : sorted(catalog)) {
            if (!AccessChecks.visibleRoutine(session, r)) continue;
            if (r.returns() != null) rows.add(parameterRow(r, 0, null, null, r.returns()));
            int position = 0;
            for (RoutineDef.Parameter p : r.parameters()) {
                rows.add(parameterRow(r, ++position, p.mode().name(), p.name(), p.type()));
            }
        }
        return rows;
    }

    private static Object[] parameterRow(RoutineDef r, long position, String mode, String name, SqlType t) {
        Object[] type = typeColumns(t);
        return new Object[] {"def", r.schema(), r.name(), position, mode, name, type[0], type[1], type[2], type[3],
                // PARAMETERS reports scale 0 wherever there is a precision (FLOAT, DOUBLE included)
                type[3] == null ? null : type[4] == null ? 0L : type[4], type[5], type[6], type[7], type[8],
                r.kind().name()};
    }

    /** DATA_TYPE through DTD_IDENTIFIER for a parameter or return type, as information_schema.COLUMNS has them. */
    private static Object[] typeColumns(SqlType t) {
        return new Object[] {t.dataType(), t.characterMaximumLength(), t.characterOctetLength(), t.numericPrecision(),
                t.numericScale(), t.datetimePrecision(), t.characterSetName(), t.collationName(), t.sqlText()};
    }

    // ------------------------------------------------------------------ shared

    /** Every routine by database then name (case-insensitive, as the ROUTINE_NAME column's collation orders). */
    private static List<RoutineDef> sorted(Catalog catalog) {
        List<RoutineDef> all = new ArrayList<>(catalog.allRoutines());
        all.sort(Comparator.comparing(RoutineDef::schema).thenComparing(d -> d.name().toLowerCase(Locale.ROOT))
                .thenComparing(d -> d.kind().name()));
        return all;
    }

    private static String security(RoutineDef r) {
        return r.securityInvoker() ? "INVOKER" : "DEFINER";
    }

    /** CREATED / LAST_ALTERED are TIMESTAMPs: shown in the session's time zone. */
    private static SqlDateTime time(long epochSeconds, ZoneId zone) {
        return SqlDateTime.of(LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), zone));
    }

    private static SqlType name() {
        return SqlType.varchar(64);
    }

    private static SqlType uint() {
        return SqlType.integer(io.sprocket.engine.type.TypeKind.INT, true);
    }

    private static SqlType longText() {
        return SqlType.lob(io.sprocket.engine.type.TypeKind.LONGTEXT, null);
    }
}
