package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * A condition value: a MySQL error code, {@code SQLSTATE [VALUE] 'xxxxx'}, a declared condition's name,
 * SQLWARNING, NOT FOUND or SQLEXCEPTION.
 *
 * @param errorCode nullable: set for ERROR_CODE only
 * @param value     nullable: the SQLSTATE text for SQLSTATE, the name for CONDITION_NAME, otherwise null
 */
public record ConditionValue(ConditionValueKind kind, Integer errorCode, String value) implements Node {
    public ConditionValue {
        Objects.requireNonNull(kind, "kind");
    }
}
