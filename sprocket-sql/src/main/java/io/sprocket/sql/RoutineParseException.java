package io.sprocket.sql;

import io.sprocket.sql.ast.RoutineKind;

/**
 * The errors other than 1064 that MySQL's grammar raises while parsing a stored program (its parser checks these
 * during the parse, so a client sees them before anything runs).
 */
public final class RoutineParseException extends SqlParseException {
    public static final int ER_SP_NO_RECURSIVE_CREATE = 1303;
    public static final int ER_SP_LABEL_MISMATCH = 1310;
    public static final int ER_EVENT_RECURSION_FORBIDDEN = 1576;

    private RoutineParseException(int errorCode, String sqlState, String message) {
        super(errorCode, sqlState, message);
    }

    /** ER_SP_LABEL_MISMATCH: an END label that does not match its statement's begin label. */
    public static RoutineParseException labelMismatch(String endLabel) {
        return new RoutineParseException(ER_SP_LABEL_MISMATCH, "42000", "End-label " + endLabel + " without match");
    }

    /** ER_SP_NO_RECURSIVE_CREATE: CREATE PROCEDURE/FUNCTION inside a routine body. */
    public static RoutineParseException recursiveCreate(RoutineKind kind) {
        return new RoutineParseException(ER_SP_NO_RECURSIVE_CREATE, "2F003",
                "Can't create a " + kind.name() + " from within another stored routine");
    }

    /** ER_EVENT_RECURSION_FORBIDDEN: CREATE EVENT, or ALTER EVENT ... DO, inside a stored program body. */
    public static RoutineParseException eventRecursion() {
        return new RoutineParseException(ER_EVENT_RECURSION_FORBIDDEN, "HY000",
                "Recursion of EVENT DDL statements is forbidden when body is present");
    }
}
