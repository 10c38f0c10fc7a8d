package io.sprocket.engine.exec;

import io.sprocket.engine.expr.ExecContext;
import io.sprocket.engine.type.SqlType;
import java.util.List;

/** A table computed on demand (information_schema): its columns and a way to produce its rows. */
public interface VirtualTable {
    String schema();

    String name();

    List<String> columns();

    List<SqlType> types();

    List<Object[]> rows(ExecContext ctx);
}
