package io.sprocket.sql.ast;

/** Which diagnostics area GET DIAGNOSTICS reads. */
public enum DiagnosticsArea {
    CURRENT, STACKED
}
