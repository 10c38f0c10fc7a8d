package io.sprocket.engine.result;

/** The OK packet's payload for a statement that returns no result set. */
public record OkResult(long affectedRows, long lastInsertId, String info) {
    public static final OkResult EMPTY = new OkResult(0, 0, "");
}
