package io.sprocket.sql.ast;

/** Sort direction as written; DEFAULT (ascending) when none was given. */
public enum SortOrder {
    DEFAULT, ASC, DESC
}
