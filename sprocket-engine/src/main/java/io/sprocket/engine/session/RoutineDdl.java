package io.sprocket.engine.session;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.result.OkResult;
import io.sprocket.sql.ast.RoutineStatement;

/**
 * CREATE, ALTER and DROP PROCEDURE / FUNCTION: checks, the catalog change in its own storage transaction (DDL
 * commits implicitly), and the new catalog published.
 */
final class RoutineDdl {
    private RoutineDdl() {
    }

    static OkResult run(SessionImpl session, RoutineStatement statement, String sourceText) {
        throw new SqlException(ErrorCode.ER_NOT_SUPPORTED_YET, "stored routines");
    }
}
