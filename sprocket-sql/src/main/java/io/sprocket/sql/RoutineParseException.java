package io.sprocket.sql;

import io.sprocket.sql.ast.RoutineKind;

/**
 * The errors other than 1064 that MySQL's grammar raises while parsing a stored program (its parser checks these
 * during the parse, so a client sees them before anything runs).
 */
public final class RoutineParseException extends SqlParseException {
    public static final int ER_SP_NO_RECURSIVE_CREATE = 1303;
    public static final int ER_SP_LABEL_MISMATCH = 1310;

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
}
