package io.sprocket.sql.ast;

/** The characteristics of a stored routine (COMMENT carries its text in {@link RoutineCharacteristic#comment()}). */
public enum RoutineCharacteristicKind {
    COMMENT, LANGUAGE_SQL, DETERMINISTIC, NOT_DETERMINISTIC, CONTAINS_SQL, NO_SQL, READS_SQL_DATA, MODIFIES_SQL_DATA,
    SQL_SECURITY_DEFINER, SQL_SECURITY_INVOKER
}
