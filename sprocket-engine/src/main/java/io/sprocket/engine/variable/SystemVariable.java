package io.sprocket.engine.variable;

import java.util.Locale;
import java.util.Objects;

/**
 * One system variable's definition.
 *
 * @param name            lower-case name as SHOW VARIABLES prints it
 * @param scope           GLOBAL, SESSION or BOTH
 * @param type            validation, storage and rendering
 * @param defaultValue    MySQL 8.0's compiled default, in the stored form of {@code type}
 * @param readOnly        not settable at run time at all (1238 "is a read only variable"); set at start-up
 * @param sessionReadOnly the session value is read-only but SET GLOBAL works (1621), e.g. max_allowed_packet
 */
public record SystemVariable(String name, Scope scope, VariableType type, Object defaultValue,
                             boolean readOnly, boolean sessionReadOnly) {
    public SystemVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(type);
        if (!name.equals(name.toLowerCase(Locale.ROOT))) throw new IllegalArgumentException("name not lower case");
    }

    public SystemVariable(String name, Scope scope, VariableType type, Object defaultValue) {
        this(name, scope, type, defaultValue, false, false);
    }

    /** This definition, not settable at run time. */
    public SystemVariable asReadOnly() {
        return new SystemVariable(name, scope, type, defaultValue, true, sessionReadOnly);
    }

    /** This definition with a read-only session value. */
    public SystemVariable withReadOnlySession() {
        return new SystemVariable(name, scope, type, defaultValue, readOnly, true);
    }

    public SystemVariable withDefault(Object value) {
        return new SystemVariable(name, scope, type, value, readOnly, sessionReadOnly);
    }
}
