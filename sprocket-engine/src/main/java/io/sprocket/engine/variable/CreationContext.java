package io.sprocket.engine.variable;

import java.util.Objects;

/**
 * The session settings MySQL records with a stored program (procedure, function, trigger, event, view) when it
 * is created, and installs while it runs: what SHOW CREATE PROCEDURE and information_schema.ROUTINES show as
 * sql_mode, character_set_client, collation_connection and Database Collation.
 */
public record CreationContext(long sqlMode, String characterSetClient, String collationConnection,
                              String collationDatabase) {
    public CreationContext {
        Objects.requireNonNull(characterSetClient);
        Objects.requireNonNull(collationConnection);
        Objects.requireNonNull(collationDatabase);
    }

    /** sql_mode as MySQL prints it (SHOW CREATE PROCEDURE, information_schema.ROUTINES.SQL_MODE). */
    public String sqlModeText() {
        return SqlMode.format(sqlMode);
    }
}
