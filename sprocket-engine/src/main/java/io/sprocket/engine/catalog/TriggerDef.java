package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.CreateTrigger;
import io.sprocket.sql.ast.TriggerEvent;
import io.sprocket.sql.ast.TriggerTiming;
import java.util.Objects;

/**
 * A trigger as the catalog keeps it (key space 0x09, keyed by schema and name; names are case-sensitive, as
 * table names are with lower_case_table_names = 0). The body is kept as source text with the settings in force
 * when the trigger was created (sql_mode, character_set_client, collation_connection, the database collation);
 * every firing uses those, and SHOW CREATE TRIGGER shows them. {@code definition} is the parsed CREATE TRIGGER
 * (parsed once, when created or loaded), without its FOLLOWS / PRECEDES clause: the position is {@code actionOrder}.
 *
 * @param table            the subject table, in {@code schema}
 * @param actionOrder      1-based position among the table's triggers of the same timing and event
 * @param createdCentis    creation time in hundredths of a second since the epoch (MySQL shows TIMESTAMP(2))
 */
public record TriggerDef(String schema, String name, String table, TriggerTiming timing, TriggerEvent event,
                         int actionOrder, String definerUser, String definerHost, String bodyText, long sqlMode,
                         String characterSetClient, String collationConnection, String databaseCollation,
                         long createdCentis, CreateTrigger definition) {
    public TriggerDef {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(name);
        Objects.requireNonNull(table);
        Objects.requireNonNull(timing);
        Objects.requireNonNull(event);
        Objects.requireNonNull(definerUser);
        Objects.requireNonNull(definerHost);
        Objects.requireNonNull(bodyText);
        Objects.requireNonNull(definition);
    }

    /** The same trigger at another position. */
    public TriggerDef withOrder(int order) {
        return new TriggerDef(schema, name, table, timing, event, order, definerUser, definerHost, bodyText, sqlMode,
                characterSetClient, collationConnection, databaseCollation, createdCentis, definition);
    }

    /** The same trigger on a renamed table (RENAME TABLE keeps a table's triggers). */
    public TriggerDef withTable(String newTable) {
        CreateTrigger d = definition;
        CreateTrigger moved = new CreateTrigger(d.definer(), false, d.name(),
                d.timing(), d.event(), new io.sprocket.sql.ast.ObjectName(null, newTable), null, d.body(), d.bodyText());
        return new TriggerDef(schema, name, newTable, timing, event, actionOrder, definerUser, definerHost, bodyText,
                sqlMode, characterSetClient, collationConnection, databaseCollation, createdCentis, moved);
    }

    /** {@code user@host} as SHOW TRIGGERS and information_schema print the definer. */
    public String definer() {
        return definerUser + "@" + definerHost;
    }

    /**
     * The CREATE statement as MySQL 8.0's SHOW CREATE TRIGGER prints it, also what is stored and parsed again on
     * load: {@code CREATE DEFINER=`u`@`h` TRIGGER `name` BEFORE INSERT ON `t` FOR EACH ROW body}.
     */
    public String createStatement() {
        var d = new CreateTrigger(new io.sprocket.sql.ast.AccountRef(definerUser, definerHost), false,
                new io.sprocket.sql.ast.ObjectName(null, name), timing, event,
                new io.sprocket.sql.ast.ObjectName(null, table), null, definition.body(), bodyText);
        return io.sprocket.sql.SqlFormatter.PLAIN.formatStatement(d);
    }
}
