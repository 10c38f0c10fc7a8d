package io.sprocket.sql.ast;

/** Scope of a system variable: UNQUALIFIED is a bare name (SET x = 1; may be a routine variable), DEFAULT is @@x, LOCAL is folded into SESSION. */
public enum VariableScope {
    UNQUALIFIED, DEFAULT, SESSION, GLOBAL, PERSIST, PERSIST_ONLY
}
