package io.sprocket.sql.ast;

/**
 * {@code *}, {@code t.*} or {@code db.t.*}.
 *
 * @param schema nullable
 * @param table nullable
 */
public record AllColumns(String schema, String table) implements SelectItem {
}
