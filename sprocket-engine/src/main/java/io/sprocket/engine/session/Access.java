package io.sprocket.engine.session;

import io.sprocket.engine.catalog.TableDef;
import io.sprocket.engine.expr.DataAccess;
import io.sprocket.engine.row.TableStore;
import io.sprocket.storage.KvReader;

/**
 * A statement's data access: the reader it runs on and the engine's table stores. An autocommit read opens its
 * snapshot only when it first touches a table, so FROM-less queries never touch storage.
 */
final class Access implements DataAccess, AutoCloseable {
    private final SessionImpl session;
    private KvReader reader;
    private final boolean ownsReader;

    /** Reads through {@code reader} (a transaction), which the caller owns. */
    Access(SessionImpl session, KvReader reader) {
        this.session = session;
        this.reader = reader;
        this.ownsReader = false;
    }

    private Access(SessionImpl session) {
        this.session = session;
        this.ownsReader = true;
    }

    /** A lazily opened consistent snapshot, closed with this object. */
    static Access snapshot(SessionImpl session) {
        return new Access(session);
    }

    @Override
    public KvReader reader() {
        if (reader == null) reader = session.engine.tableCaches().snapshot(session.engine.store());
        return reader;
    }

    @Override
    public TableStore store(TableDef table) {
        if (session.functionDepth == 0) session.statementTables.add(table.id());
        return session.engine.tableStore(table);
    }

    @Override
    public void close() {
        if (ownsReader && reader != null) reader.close();
    }
}
