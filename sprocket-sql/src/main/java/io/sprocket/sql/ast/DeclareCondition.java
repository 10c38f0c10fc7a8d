package io.sprocket.sql.ast;

import java.util.Objects;

/** {@code DECLARE name CONDITION FOR {SQLSTATE [VALUE] 'xxxxx' | mysql_error_code}}. */
public record DeclareCondition(String name, ConditionValue value) implements ProcedureStatement {
    public DeclareCondition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
