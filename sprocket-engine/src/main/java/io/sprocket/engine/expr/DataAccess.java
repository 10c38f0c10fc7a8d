package io.sprocket.engine.expr;

import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.row.TableStore;
import io.sprocket.storage.KvReader;

/** How a statement reads table data: its storage reader (transaction or snapshot) and each table's store. */
public interface DataAccess {
    KvReader reader();

    TableStore store(TableDef table);
}
