package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [OR REPLACE] [DEFINER = account] PROCEDURE|FUNCTION [IF NOT EXISTS] [db.]name (params)
 * [RETURNS type] [characteristic ...] body}. {@code bodyText} is the body's exact source text, from its first token
 * to its last (SHOW CREATE prints it verbatim); {@code parametersText} is the source text between the parameter list's
 * parentheses, kept verbatim as MySQL keeps it (information_schema and SHOW CREATE show it as written).
 *
 * @param definer nullable: null when omitted or written as CURRENT_USER (the creating account)
 * @param returns nullable: the RETURNS type of a function, null for a procedure
 */
public record CreateRoutine(boolean orReplace, AccountRef definer, RoutineKind kind, boolean ifNotExists, ObjectName name,
                            List<RoutineParameter> parameters, String parametersText, DataType returns,
                            List<RoutineCharacteristic> characteristics, ProcedureStatement body, String bodyText)
        implements RoutineStatement {
    public CreateRoutine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        characteristics = List.copyOf(characteristics);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(parametersText, "parametersText");
    }
}
