package io.sprocket.engine.row;

/**
 * How a read sees rows: a consistent snapshot read (plain SELECT), or a locking current read (SELECT ... FOR SHARE,
 * FOR UPDATE, and the reads behind UPDATE and DELETE).
 */
public enum LockMode {
    NONE, SHARED, EXCLUSIVE
}
