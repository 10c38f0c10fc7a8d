package io.sprocket.engine.catalog;

import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.CreateRoutine;
import io.sprocket.sql.ast.ParameterMode;
import io.sprocket.sql.ast.RoutineKind;
import java.util.List;
import java.util.Objects;

/**
 * A stored procedure or function as the catalog keeps it. The body is kept as source text together with the
 * settings in force when it was created (sql_mode, character_set_client, collation_connection, the database
 * collation): every execution uses those, and SHOW CREATE shows them. {@code definition} is the parsed CREATE
 * statement (parsed once, when the definition is created or loaded); the compiled program is cached beside it by
 * the routine runtime.
 *
 * @param definerUser      the DEFINER account's user part
 * @param definerHost      the DEFINER account's host part
 * @param parametersText   the parameter list exactly as written, between the parentheses
 * @param returns          the RETURNS type of a function (null for a procedure)
 * @param returnsText      the RETURNS type as SHOW CREATE FUNCTION prints it (e.g. {@code varchar(10) CHARSET utf8mb4});
 *                         DTD_IDENTIFIER is {@code returns.sqlText()}, without the character set, in MySQL 8.0
 * @param createdSeconds   creation time, seconds since the epoch
 * @param modifiedSeconds  last ALTER time, seconds since the epoch
 */
public record RoutineDef(String schema, String name, RoutineKind kind, String definerUser, String definerHost,
                         List<Parameter> parameters, String parametersText, SqlType returns, String returnsText,
                         String bodyText, boolean deterministic, DataAccess dataAccess, boolean securityInvoker,
                         String comment, long sqlMode, String characterSetClient, String collationConnection,
                         String databaseCollation, long createdSeconds, long modifiedSeconds,
                         CreateRoutine definition) {
    public RoutineDef {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(parametersText);
        Objects.requireNonNull(bodyText);
        Objects.requireNonNull(dataAccess);
        Objects.requireNonNull(comment);
    }

    /**
     * A parameter or RETURNS type resolved as a column type is; string types without CHARACTER SET / COLLATE take
     * the database's default collation, as MySQL does for routine parameters and return values.
     */
    public static SqlType resolveType(String name, io.sprocket.sql.ast.DataType type,
                                      io.sprocket.engine.type.Collation databaseCollation) {
        return ColumnTypes.toSqlType(name, type, databaseCollation);
    }

    /**
     * A RETURNS type as MySQL 8.0's SHOW CREATE FUNCTION prints it: the column type, then {@code CHARSET cs} for a
     * character type and {@code COLLATE c} only when c is not the character set's default collation.
     */
    public static String showCreateTypeText(SqlType type) {
        String text = type.sqlText();
        if (!type.kind().hasCollation() || type.collation() == null) return text;
        text += " CHARSET " + type.collation().charsetName();
        return type.collation().isDefault() ? text : text + " COLLATE " + type.collation().name();
    }

    /** One parameter: its mode (IN for function parameters), name as written, resolved type and type text. */
    public record Parameter(ParameterMode mode, String name, SqlType type, String typeText) {
    }

    /** CONTAINS SQL | NO SQL | READS SQL DATA | MODIFIES SQL DATA, with the text SHOW and information_schema use. */
    public enum DataAccess {
        CONTAINS_SQL("CONTAINS SQL"), NO_SQL("NO SQL"), READS_SQL_DATA("READS SQL DATA"),
        MODIFIES_SQL_DATA("MODIFIES SQL DATA");

        private final String text;

        DataAccess(String text) {
            this.text = text;
        }

        public String text() { return text; }
    }

    /** The catalog key of a routine: names are case-insensitive; procedures and functions are separate name spaces. */
    public static String key(RoutineKind kind, String name) {
        return (kind == RoutineKind.PROCEDURE ? "P:" : "F:") + name.toLowerCase(java.util.Locale.ROOT);
    }

    public String key() { return key(kind, name); }

    public boolean isFunction() { return kind == RoutineKind.FUNCTION; }

    /** {@code user@host} as MySQL prints a definer in SHOW and information_schema ({@code root@localhost}). */
    public String definer() { return definerUser + "@" + definerHost; }

    public RoutineDef withCharacteristics(DataAccess access, boolean invoker, String newComment, long modified) {
        return new RoutineDef(schema, name, kind, definerUser, definerHost, parameters, parametersText, returns,
                returnsText, bodyText, deterministic, access, invoker, newComment, sqlMode, characterSetClient,
                collationConnection, databaseCollation, createdSeconds, modified, definition);
    }
}
