package io.sprocket.engine.expr;

import io.sprocket.engine.type.SqlType;

/**
 * The routine variables (parameters and DECLAREd locals) visible where an expression inside a stored program is
 * compiled. Each resolves to a slot of the running routine's frame ({@link ExecContext#frame()}); an unqualified
 * name that is a routine variable wins over a column of the same name, as in MySQL.
 */
public interface LocalVariables {
    /** A variable: its frame slot, declared type and name as declared. */
    record Local(int slot, SqlType type, String name) {
    }

    /** The innermost variable called {@code name} (case-insensitive), or null. */
    Local lookup(String name);
}
