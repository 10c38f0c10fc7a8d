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

    /**
     * Inside a trigger body, {@code NEW.column} / {@code OLD.column} (qualifier and column case-insensitive): the
     * frame slot holding that column of the row; null for any other qualifier, and everywhere outside triggers.
     */
    default Local lookupRow(String qualifier, String column) {
        return null;
    }
}
