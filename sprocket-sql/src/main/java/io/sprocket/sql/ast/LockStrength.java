package io.sprocket.sql.ast;

/** Row locking clause kinds. */
public enum LockStrength {
    FOR_UPDATE, FOR_SHARE, LOCK_IN_SHARE_MODE
}
