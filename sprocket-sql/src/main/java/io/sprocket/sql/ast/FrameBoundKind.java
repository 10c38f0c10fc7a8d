package io.sprocket.sql.ast;

/** Window frame bound kinds. */
public enum FrameBoundKind {
    UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING
}
