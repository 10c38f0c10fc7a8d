package io.sprocket.sql.ast;

/** Window frame unit. */
public enum FrameUnit {
    ROWS, RANGE
}
