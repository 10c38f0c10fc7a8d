package io.sprocket.engine.catalog;

import io.sprocket.engine.row.KeyLayout;
import io.sprocket.engine.row.RowCodec;
import io.sprocket.engine.type.Collation;
import io.sprocket.engine.type.CollationRegistry;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.ReferentialAction;
import io.sprocket.storage.KeyEncoder;
import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the catalog in the key-value store, inside the caller's transaction so that a DDL and its data
 * changes commit together. Definitions are stored in a compact binary form (see the package documentation for the
 * key layout); expressions are stored as their AST.
 */
public final class CatalogStore {
    public static final int FORMAT_VERSION = 1;
    private static final byte[] META_KEY = {KeyLayout.META};
    /** Table ids start here; lower ids are free for future system tables. */
    private static final long FIRST_TABLE_ID = 1024;

    private CatalogStore() {
    }

    /** The committed catalog as {@code reader} sees it. */
    public static Catalog load(KvReader reader) {
        Map<String, DatabaseDef> databases = new HashMap<>();
        byte[] dbPrefix = {KeyLayout.DATABASES};
        try (KvIterator it = reader.scan(dbPrefix, KeyEncoder.prefixEnd(dbPrefix), false)) {
            while (it.next()) {
                DatabaseDef db = decodeDatabase(it.value());
                databases.put(db.name(), db);
            }
        }
        Map<String, Map<String, TableDef>> tables = new HashMap<>();
        byte[] tablePrefix = {KeyLayout.TABLES};
        try (KvIterator it = reader.scan(tablePrefix, KeyEncoder.prefixEnd(tablePrefix), false)) {
            while (it.next()) {
                TableDef t = decodeTable(it.value());
                tables.computeIfAbsent(t.schema(), k -> new HashMap<>()).put(t.name(), t);
            }
        }
        Map<String, Map<String, RoutineDef>> routines = new HashMap<>();
        byte[] routinePrefix = {KeyLayout.ROUTINES};
        try (KvIterator it = reader.scan(routinePrefix, KeyEncoder.prefixEnd(routinePrefix), false)) {
            while (it.next()) {
                RoutineDef r = decodeRoutine(it.value());
                routines.computeIfAbsent(r.schema(), k -> new HashMap<>()).put(r.key(), r);
            }
        }
        Map<String, Map<String, EventDef>> events = new HashMap<>();
        byte[] eventPrefix = {KeyLayout.EVENTS};
        try (KvIterator it = reader.scan(eventPrefix, KeyEncoder.prefixEnd(eventPrefix), false)) {
            while (it.next()) {
                EventDef e = EventStore.decode(it.value());
                events.computeIfAbsent(e.schema(), k -> new HashMap<>()).put(e.key(), e);
            }
        }
        Map<String, Map<String, TriggerDef>> triggers = new HashMap<>();
        byte[] triggerPrefix = {KeyLayout.TRIGGERS};
        try (KvIterator it = reader.scan(triggerPrefix, KeyEncoder.prefixEnd(triggerPrefix), false)) {
            while (it.next()) {
                TriggerDef t = TriggerStore.decode(it.value());
                triggers.computeIfAbsent(t.schema(), k -> new HashMap<>()).put(t.name(), t);
            }
        }
        Map<String, Map<String, ViewDef>> views = new HashMap<>();
        byte[] viewPrefix = {KeyLayout.VIEWS};
        try (KvIterator it = reader.scan(viewPrefix, KeyEncoder.prefixEnd(viewPrefix), false)) {
            while (it.next()) {
                ViewDef v = decodeView(it.value());
                views.computeIfAbsent(v.schema(), k -> new HashMap<>()).put(v.name(), v);
            }
        }
        Meta meta = readMeta(reader.get(META_KEY));
        return new Catalog(meta.version, databases, tables, routines, events, triggers, views);
    }

    public static void putDatabase(KvTransaction txn, DatabaseDef db) {
        txn.put(databaseKey(db.name()), encodeDatabase(db));
    }

    public static void deleteDatabase(KvTransaction txn, String name) {
        txn.delete(databaseKey(name));
    }

    public static void putTable(KvTransaction txn, TableDef table) {
        txn.put(tableKey(table.schema(), table.name()), encodeTable(table));
    }

    public static void deleteTable(KvTransaction txn, String schema, String name) {
        txn.delete(tableKey(schema, name));
    }

    public static void putRoutine(KvTransaction txn, RoutineDef routine) {
        txn.put(routineKey(routine.schema(), routine.key()), encodeRoutine(routine));
    }

    public static void deleteRoutine(KvTransaction txn, String schema, io.sprocket.sql.ast.RoutineKind kind, String name) {
        txn.delete(routineKey(schema, RoutineDef.key(kind, name)));
    }

    public static void putEvent(KvTransaction txn, EventDef event) {
        txn.put(EventStore.key(event.schema(), event.name()), EventStore.encode(event));
    }

    public static void deleteEvent(KvTransaction txn, String schema, String name) {
        txn.delete(EventStore.key(schema, name));
    }

    /** Deletes the stored events of {@code schema} (DROP DATABASE). */
    public static void deleteEvents(KvTransaction txn, Catalog catalog, String schema) {
        for (EventDef e : catalog.allEvents()) {
            if (e.schema().equals(schema)) deleteEvent(txn, schema, e.name());
        }
    }

    public static void putView(KvTransaction txn, ViewDef view) {
        txn.put(viewKey(view.schema(), view.name()), encodeView(view));
    }

    public static void deleteView(KvTransaction txn, String schema, String name) {
        txn.delete(viewKey(schema, name));
    }

    static byte[] viewKey(String schema, String name) {
        return new KeyEncoder().writeRaw(new byte[]{KeyLayout.VIEWS}).writeUtf8(schema).writeUtf8(name).toByteArray();
    }

    /** A view: its metadata and texts; the canonical definition is parsed again on load with the view's sql_mode. */
    static byte[] encodeView(ViewDef v) {
        RowCodec.Writer w = new RowCodec.Writer(256 + v.definitionText().length() * 2 + v.sourceText().length() * 2);
        w.string(v.schema());
        w.string(v.name());
        w.string(v.definerUser());
        w.string(v.definerHost());
        w.bool(v.securityInvoker());
        w.string(v.algorithm().name());
        w.string(v.checkOption().name());
        w.varint(v.columns().size());
        for (String c : v.columns()) w.string(c);
        w.bool(v.explicitColumns());
        w.string(v.definitionText());
        w.string(v.sourceText());
        w.varint(v.sqlMode());
        w.string(v.characterSetClient());
        w.string(v.collationConnection());
        w.varint(v.createdSeconds());
        w.bool(v.updatable());
        return w.toByteArray();
    }

    static ViewDef decodeView(byte[] bytes) {
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        String schema = r.string();
        String name = r.string();
        String user = r.string();
        String host = r.string();
        boolean invoker = r.bool();
        var algorithm = io.sprocket.sql.ast.ViewAlgorithm.valueOf(r.string());
        var check = io.sprocket.sql.ast.ViewCheckOption.valueOf(r.string());
        int n = (int) r.varint();
        List<String> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) columns.add(r.string());
        boolean explicit = r.bool();
        String definition = r.string();
        String source = r.string();
        long sqlMode = r.varint();
        String csClient = r.string();
        String collConn = r.string();
        long created = r.varint();
        boolean updatable = r.bool();
        return new ViewDef(schema, name, user, host, invoker, algorithm, check, columns, explicit, definition, source,
                sqlMode, csClient, collConn, created, updatable, parseViewQuery(definition, sqlMode));
    }

    /** A view's canonical SELECT text parsed with the sql_mode it was created under. */
    public static io.sprocket.sql.ast.Query parseViewQuery(String definition, long sqlMode) {
        var options = io.sprocket.sql.ParserOptions.fromSqlMode(io.sprocket.engine.variable.SqlMode.format(sqlMode));
        return ((io.sprocket.sql.ast.Select) io.sprocket.sql.Parser.parse(definition, options)).query();
    }

    /** A fresh table id, locking the meta record so concurrent DDL serialises on it. */
    public static long allocateTableId(KvTransaction txn) {
        Meta meta = readMeta(txn.getForUpdate(META_KEY, true));
        txn.put(META_KEY, writeMeta(new Meta(meta.nextTableId + 1, meta.version)));
        return meta.nextTableId;
    }

    /** Records the catalog version a DDL produced, so that another server (or a restart) sees it. */
    public static void putVersion(KvTransaction txn, long version) {
        Meta meta = readMeta(txn.getForUpdate(META_KEY, true));
        txn.put(META_KEY, writeMeta(new Meta(meta.nextTableId, version)));
    }

    static byte[] databaseKey(String name) {
        return new KeyEncoder().writeRaw(new byte[]{KeyLayout.DATABASES}).writeUtf8(name).toByteArray();
    }

    static byte[] tableKey(String schema, String name) {
        return new KeyEncoder().writeRaw(new byte[]{KeyLayout.TABLES}).writeUtf8(schema).writeUtf8(name).toByteArray();
    }

    static byte[] routineKey(String schema, String key) {
        return new KeyEncoder().writeRaw(new byte[]{KeyLayout.ROUTINES}).writeUtf8(schema).writeUtf8(key).toByteArray();
    }

    // ------------------------------------------------------------------ meta

    private record Meta(long nextTableId, long version) {
    }

    private static Meta readMeta(byte[] bytes) {
        if (bytes == null) return new Meta(FIRST_TABLE_ID, 0);
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        long format = r.varint();
        if (format != FORMAT_VERSION) throw new IllegalStateException("unsupported catalog format " + format);
        return new Meta(r.varint(), r.varint());
    }

    private static byte[] writeMeta(Meta meta) {
        RowCodec.Writer w = new RowCodec.Writer(16);
        w.varint(FORMAT_VERSION);
        w.varint(meta.nextTableId);
        w.varint(meta.version);
        return w.toByteArray();
    }

    // ------------------------------------------------------------------ definitions

    static byte[] encodeDatabase(DatabaseDef db) {
        RowCodec.Writer w = new RowCodec.Writer(32);
        w.string(db.name());
        w.string(db.collation().name());
        return w.toByteArray();
    }

    static DatabaseDef decodeDatabase(byte[] bytes) {
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        return new DatabaseDef(r.string(), collation(r.string()));
    }

    static byte[] encodeTable(TableDef t) {
        RowCodec.Writer w = new RowCodec.Writer(256);
        w.varint(t.id());
        w.string(t.schema());
        w.string(t.name());
        w.varint(t.columns().size());
        for (ColumnDef c : t.columns()) {
            w.string(c.name());
            writeType(w, c.type());
            w.bool(c.nullable());
            w.value(c.defaultValue());
            w.bool(c.hasDefault());
            AstCodec.write(w, c.defaultExpression());
            w.bool(c.onUpdateNow());
            w.bool(c.autoIncrement());
            w.string(c.comment());
            w.bool(c.invisible());
        }
        w.varint(t.indexes().size());
        for (IndexDef i : t.indexes()) {
            w.varint(i.id());
            w.string(i.name());
            w.varint(i.kind().ordinal());
            w.varint(i.parts().size());
            for (IndexDef.Part p : i.parts()) {
                w.varint(p.column());
                w.varint(p.prefixLength());
                w.bool(p.descending());
            }
            w.string(i.comment());
            w.bool(i.visible());
        }
        w.varint(t.checks().size());
        for (CheckDef c : t.checks()) {
            w.string(c.name());
            AstCodec.write(w, c.condition());
            w.bool(c.enforced());
        }
        w.string(t.collation().name());
        w.string(t.engine());
        w.string(t.comment());
        w.zigzag(t.autoIncrementStart());
        w.varint(t.createOptions().size());
        for (String o : t.createOptions()) w.string(o);
        w.varint(t.foreignKeys().size());
        for (ForeignKeyDef f : t.foreignKeys()) {
            w.string(f.name());
            writeStrings(w, f.columns());
            w.string(f.referencedSchema());
            w.string(f.referencedTable());
            writeStrings(w, f.referencedColumns());
            w.string(f.onDelete().name());
            w.string(f.onUpdate().name());
        }
        return w.toByteArray();
    }

    static TableDef decodeTable(byte[] bytes) {
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        long id = r.varint();
        String schema = r.string();
        String name = r.string();
        int nColumns = (int) r.varint();
        List<ColumnDef> columns = new ArrayList<>(nColumns);
        for (int i = 0; i < nColumns; i++) {
            String cname = r.string();
            SqlType type = readType(r);
            boolean nullable = r.bool();
            Object defaultValue = r.value();
            boolean hasDefault = r.bool();
            Expression defaultExpression = (Expression) AstCodec.read(r);
            boolean onUpdateNow = r.bool();
            boolean autoIncrement = r.bool();
            String comment = r.string();
            boolean invisible = r.bool();
            columns.add(new ColumnDef(cname, type, nullable, defaultValue, hasDefault, defaultExpression, onUpdateNow,
                    autoIncrement, comment, invisible));
        }
        int nIndexes = (int) r.varint();
        List<IndexDef> indexes = new ArrayList<>(nIndexes);
        for (int i = 0; i < nIndexes; i++) {
            int iid = (int) r.varint();
            String iname = r.string();
            IndexDef.Kind kind = IndexDef.Kind.values()[(int) r.varint()];
            int nParts = (int) r.varint();
            List<IndexDef.Part> parts = new ArrayList<>(nParts);
            for (int p = 0; p < nParts; p++) {
                parts.add(new IndexDef.Part((int) r.varint(), (int) r.varint(), r.bool()));
            }
            indexes.add(new IndexDef(iid, iname, kind, parts, r.string(), r.bool()));
        }
        int nChecks = (int) r.varint();
        List<CheckDef> checks = new ArrayList<>(nChecks);
        for (int i = 0; i < nChecks; i++) {
            checks.add(new CheckDef(r.string(), (Expression) AstCodec.read(r), r.bool()));
        }
        Collation collation = collation(r.string());
        String engine = r.string();
        String comment = r.string();
        long autoIncrementStart = r.zigzag();
        int nOptions = (int) r.varint();
        List<String> options = new ArrayList<>(nOptions);
        for (int i = 0; i < nOptions; i++) options.add(r.string());
        int nForeignKeys = (int) r.varint();
        List<ForeignKeyDef> foreignKeys = new ArrayList<>(nForeignKeys);
        for (int i = 0; i < nForeignKeys; i++) {
            foreignKeys.add(new ForeignKeyDef(r.string(), readStrings(r), r.string(), r.string(), readStrings(r),
                    ReferentialAction.valueOf(r.string()), ReferentialAction.valueOf(r.string())));
        }
        return new TableDef(id, schema, name, columns, indexes, checks, collation, engine, comment, autoIncrementStart,
                options, foreignKeys);
    }

    private static void writeStrings(RowCodec.Writer w, List<String> strings) {
        w.varint(strings.size());
        for (String x : strings) w.string(x);
    }

    private static List<String> readStrings(RowCodec.Reader r) {
        int n = (int) r.varint();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(r.string());
        return out;
    }

    /**
     * A routine: its metadata, then its CREATE statement as the formatter prints it (body text verbatim), parsed
     * again on load with the routine's own sql_mode.
     */
    static byte[] encodeRoutine(RoutineDef r) {
        RowCodec.Writer w = new RowCodec.Writer(256 + r.bodyText().length() * 2);
        w.string(r.schema());
        w.string(r.name());
        w.string(r.kind().name());
        w.string(r.definerUser());
        w.string(r.definerHost());
        w.varint(r.parameters().size());
        for (RoutineDef.Parameter p : r.parameters()) {
            w.string(p.mode().name());
            w.string(p.name());
            writeType(w, p.type());
            w.string(p.typeText());
        }
        w.string(r.parametersText());
        w.bool(r.returns() != null);
        if (r.returns() != null) {
            writeType(w, r.returns());
            w.string(r.returnsText());
        }
        w.string(r.bodyText());
        w.bool(r.deterministic());
        w.string(r.dataAccess().name());
        w.bool(r.securityInvoker());
        w.string(r.comment());
        w.varint(r.sqlMode());
        w.string(r.characterSetClient());
        w.string(r.collationConnection());
        w.string(r.databaseCollation());
        w.varint(r.createdSeconds());
        w.varint(r.modifiedSeconds());
        w.string(io.sprocket.sql.SqlFormatter.PLAIN.formatStatement(r.definition()));
        return w.toByteArray();
    }

    static RoutineDef decodeRoutine(byte[] bytes) {
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        String schema = r.string();
        String name = r.string();
        var kind = io.sprocket.sql.ast.RoutineKind.valueOf(r.string());
        String user = r.string();
        String host = r.string();
        int n = (int) r.varint();
        List<RoutineDef.Parameter> params = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            var mode = io.sprocket.sql.ast.ParameterMode.valueOf(r.string());
            params.add(new RoutineDef.Parameter(mode, r.string(), readType(r), r.string()));
        }
        String paramsText = r.string();
        SqlType returns = null;
        String returnsText = null;
        if (r.bool()) {
            returns = readType(r);
            returnsText = r.string();
        }
        String body = r.string();
        boolean deterministic = r.bool();
        var access = RoutineDef.DataAccess.valueOf(r.string());
        boolean invoker = r.bool();
        String comment = r.string();
        long sqlMode = r.varint();
        String csClient = r.string();
        String collConn = r.string();
        String dbColl = r.string();
        long created = r.varint();
        long modified = r.varint();
        String text = r.string();
        var options = io.sprocket.sql.ParserOptions.fromSqlMode(io.sprocket.engine.variable.SqlMode.format(sqlMode));
        var definition = (io.sprocket.sql.ast.CreateRoutine) io.sprocket.sql.Parser.parse(text, options);
        return new RoutineDef(schema, name, kind, user, host, params, paramsText, returns, returnsText, body,
                deterministic, access, invoker, comment, sqlMode, csClient, collConn, dbColl, created, modified, definition);
    }

    private static void writeType(RowCodec.Writer w, SqlType t) {
        w.string(t.kind().name());
        w.zigzag(t.length());
        w.zigzag(t.scale());
        w.bool(t.unsigned());
        w.bool(t.zerofill());
        w.string(t.kind().hasCollation() ? t.collation().name() : "");
        w.varint(t.elements().size());
        for (String e : t.elements()) w.string(e);
    }

    private static SqlType readType(RowCodec.Reader r) {
        TypeKind kind = TypeKind.valueOf(r.string());
        long length = r.zigzag();
        int scale = (int) r.zigzag();
        boolean unsigned = r.bool();
        boolean zerofill = r.bool();
        String collationName = r.string();
        int n = (int) r.varint();
        List<String> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) elements.add(r.string());
        return new SqlType(kind, length, scale, unsigned, zerofill,
                collationName.isEmpty() ? null : collation(collationName), elements);
    }

    private static Collation collation(String name) {
        Collation c = CollationRegistry.instance().collation(name);
        if (c == null) throw new IllegalStateException("stored catalog names unknown collation " + name);
        return c;
    }
}
