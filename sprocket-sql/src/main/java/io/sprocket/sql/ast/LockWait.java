package io.sprocket.sql.ast;

/** Locking wait policy. */
public enum LockWait {
    DEFAULT, NOWAIT, SKIP_LOCKED
}
