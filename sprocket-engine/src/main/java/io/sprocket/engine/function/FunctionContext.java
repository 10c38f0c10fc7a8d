package io.sprocket.engine.function;

import io.sprocket.engine.error.Warnings;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a function may read or change of the session that evaluates it. The session implements it (tests use a small
 * fake). Kept narrow so that the function library never depends on the session.
 */
public interface FunctionContext {
    /** Where truncation and conversion warnings go. */
    Warnings warnings();

    /** DATABASE(): the default database or null. */
    String currentDatabase();

    /** USER(): the authenticated login as 'user@host' text (the client's host). */
    String user();

    /** CURRENT_USER(): the account of the current security context as 'user@host' text. */
    String currentUser();

    /** CURRENT_ROLE(): the active roles as `role`@`host`, comma-separated and sorted, or NONE. */
    default String currentRole() {
        return "NONE";
    }

    long connectionId();

    /** The instant the current statement started: NOW() and friends are fixed to it. */
    Instant statementStart();

    /** The session time zone (@@time_zone) resolved to a java.time zone. */
    ZoneId timeZone();

    /** Whether the given sql_mode flag is on. */
    boolean sqlMode(SqlModeFlag flag);

    /** LAST_INSERT_ID() with no argument. */
    long lastInsertId();

    /** LAST_INSERT_ID(expr) stores the value for the next LAST_INSERT_ID() call. */
    void setLastInsertId(long value);

    /** ROW_COUNT(): affected rows of the previous statement, -1 after a result set. */
    long rowCount();

    /** FOUND_ROWS(). */
    long foundRows();

    String characterSetConnection();

    String collationConnection();

    /** @@div_precision_increment (default 4): extra scale of '/' and AVG() over exact values. */
    int divPrecisionIncrement();

    /** @@group_concat_max_len (default 1024). */
    long groupConcatMaxLen();

    /** VERSION(). */
    String version();

    /** The session's RAND() state, used when RAND() has no seed argument. */
    MySqlRandom random();

    /** GET_LOCK() and friends share the server-wide lock table. */
    NamedLocks namedLocks();

    /** True once KILL QUERY asked the statement to stop; SLEEP() and BENCHMARK() poll it. */
    boolean interrupted();
}
