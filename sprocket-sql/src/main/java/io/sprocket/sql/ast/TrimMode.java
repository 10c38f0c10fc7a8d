package io.sprocket.sql.ast;

/** The mode of TRIM; DEFAULT when none was written (same semantics as BOTH). */
public enum TrimMode {
    DEFAULT, BOTH, LEADING, TRAILING
}
