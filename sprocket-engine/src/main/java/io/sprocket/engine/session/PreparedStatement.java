package io.sprocket.engine.session;

import io.sprocket.engine.result.ColumnMeta;
import java.util.List;

/** A server-side prepared statement: its parameter count and result columns (empty for non-queries). */
public interface PreparedStatement {
    int parameterCount();

    List<ColumnMeta> parameters();

    List<ColumnMeta> columns();
}
