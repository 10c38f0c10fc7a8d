package io.sprocket.engine.security;

import io.sprocket.engine.row.KeyLayout;
import io.sprocket.engine.row.RowCodec;
import io.sprocket.sql.ast.RoutineKind;
import io.sprocket.storage.KeyEncoder;
import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Persists {@link Grants} in the key-value store, one key per grant row, inside the caller's transaction (so a
 * GRANT commits with the statement that made it). Key layout, every name an escaped UTF-8 key field and hosts
 * lower-cased:
 * <pre>
 * 0x07 0x00                                   meta: format version, grants version (varints)
 * 0x07 0x01 user host                         static global privileges            (mysql.user columns)
 * 0x07 0x02 user host NAME                    a dynamic privilege + grant option  (mysql.global_grants)
 * 0x07 0x03 user host db                      database privileges                 (mysql.db)
 * 0x07 0x04 user host db table                table privileges                    (mysql.tables_priv)
 * 0x07 0x05 user host db table column         column privileges, lower-cased name (mysql.columns_priv)
 * 0x07 0x06 user host db P|F name             routine privileges, lower-cased name (mysql.procs_priv)
 * 0x07 0x07 user host roleUser roleHost       a role granted to user@host         (mysql.role_edges)
 * 0x07 0x08 user host roleUser roleHost       a default role of user@host         (mysql.default_roles)
 * 0x07 0x09 user host proxiedUser proxiedHost GRANT PROXY                         (mysql.proxies_priv)
 * </pre>
 * Each value starts with {@link #FORMAT_VERSION} and repeats the whole row (names as spelled, privilege bits as
 * {@link PrivilegeSet#bits()} varints), so loading reads values only.
 */
public final class GrantStore {
    public static final int FORMAT_VERSION = 1;

    static final byte META = 0x00;
    static final byte GLOBAL = 0x01;
    static final byte DYNAMIC = 0x02;
    static final byte DATABASE = 0x03;
    static final byte TABLE = 0x04;
    static final byte COLUMN = 0x05;
    static final byte ROUTINE = 0x06;
    static final byte ROLE_EDGE = 0x07;
    static final byte DEFAULT_ROLE = 0x08;
    static final byte PROXY = 0x09;

    private static final byte[] META_KEY = {KeyLayout.GRANTS, META};

    private GrantStore() {
    }

    /** The committed grant data as {@code reader} sees it (empty, version 0, in a fresh store). */
    public static Grants load(KvReader reader) {
        Map<AccountName, AccountGrants.Builder> builders = new HashMap<>();
        Map<AccountName, List<long[]>> defaultPositions = new HashMap<>();
        Map<AccountName, List<AccountName>> defaultNames = new HashMap<>();
        byte[] prefix = {KeyLayout.GRANTS};
        try (KvIterator it = reader.scan(prefix, KeyEncoder.prefixEnd(prefix), false)) {
            while (it.next()) {
                byte[] key = it.key();
                byte kind = key[1];
                if (kind == META) continue;
                RowCodec.Reader r = new RowCodec.Reader(it.value());
                long format = r.varint();
                if (format != FORMAT_VERSION) throw new IllegalStateException("unsupported grant row format " + format);
                AccountName a = Grants.canonical(new AccountName(r.string(), r.string()));
                AccountGrants.Builder b = builders.computeIfAbsent(a, x -> new AccountGrants.Builder());
                switch (kind) {
                    case GLOBAL -> b.global = new PrivilegeSet(r.varint());
                    case DYNAMIC -> {
                        String name = r.string();
                        b.dynamic.put(name, r.bool());
                    }
                    case DATABASE -> {
                        String db = r.string();
                        b.databases.put(db, new PrivilegeSet(r.varint()));
                    }
                    case TABLE -> {
                        String db = r.string();
                        String table = r.string();
                        b.grantTable(db, table, new PrivilegeSet(r.varint()));
                    }
                    case COLUMN -> {
                        String db = r.string();
                        String table = r.string();
                        String column = r.string();
                        b.grantColumn(db, table, column, new PrivilegeSet(r.varint()));
                    }
                    case ROUTINE -> {
                        String db = r.string();
                        RoutineKind rk = RoutineKind.valueOf(r.string());
                        String name = r.string();
                        b.grantRoutine(db, rk, name, new PrivilegeSet(r.varint()));
                    }
                    case ROLE_EDGE -> {
                        AccountName role = Grants.canonical(new AccountName(r.string(), r.string()));
                        boolean admin = r.bool();
                        b.roles.put(role, new AccountGrants.RoleGrant(role, admin, r.varint()));
                    }
                    case DEFAULT_ROLE -> {
                        AccountName role = Grants.canonical(new AccountName(r.string(), r.string()));
                        List<AccountName> names = defaultNames.computeIfAbsent(a, x -> new ArrayList<>());
                        defaultPositions.computeIfAbsent(a, x -> new ArrayList<>()).add(new long[]{r.varint(), names.size()});
                        names.add(role);
                    }
                    case PROXY -> {
                        AccountName proxied = Grants.canonical(new AccountName(r.string(), r.string()));
                        b.proxies.put(proxied, r.bool());
                    }
                    default -> throw new IllegalStateException("unknown grant row kind " + kind);
                }
            }
        }
        defaultPositions.forEach((a, positions) -> {
            positions.sort((x, y) -> Long.compare(x[0], y[0]));
            List<AccountName> names = defaultNames.get(a);
            for (long[] p : positions) builders.get(a).defaultRoles.add(names.get((int) p[1]));
        });
        Map<AccountName, AccountGrants> accounts = new HashMap<>();
        builders.forEach((a, b) -> accounts.put(a, b.build()));
        return Grants.of(storedVersion(reader), accounts);
    }

    /** The grants version recorded by the last committed {@link #write} (0 if none). */
    public static long storedVersion(KvReader reader) {
        return readMeta(reader.get(META_KEY));
    }

    /**
     * Writes the rows that differ between {@code before} and {@code after} (only accounts whose data changed are
     * compared row by row) and records {@code after}'s version. The meta key is locked first; if the stored version
     * is not {@code before}'s, another transaction changed the grants since {@code before} was loaded and the write
     * is refused with {@link IllegalStateException}: reload, re-apply and retry.
     */
    public static void write(KvTransaction txn, Grants before, Grants after) {
        if (before == after) return;
        long stored = readMeta(txn.getForUpdate(META_KEY, true));
        if (stored != before.version()) {
            throw new IllegalStateException("grants changed concurrently: stored version " + stored + ", expected "
                    + before.version());
        }
        Set<AccountName> all = new HashSet<>(before.accounts());
        all.addAll(after.accounts());
        for (AccountName a : all) {
            AccountGrants old = before.account(a);
            AccountGrants next = after.account(a);
            if (old == next || old.equals(next)) continue;
            SortedMap<byte[], byte[]> oldRows = rows(a, old);
            SortedMap<byte[], byte[]> newRows = rows(a, next);
            for (byte[] k : oldRows.keySet()) if (!newRows.containsKey(k)) txn.delete(k);
            newRows.forEach((k, v) -> {
                byte[] was = oldRows.get(k);
                if (was == null || !Arrays.equals(was, v)) txn.put(k, v);
            });
        }
        txn.put(META_KEY, writeMeta(after.version()));
    }

    /** The key-value rows of one account, in key order. */
    static SortedMap<byte[], byte[]> rows(AccountName account, AccountGrants g) {
        AccountName a = Grants.canonical(account);
        SortedMap<byte[], byte[]> out = new TreeMap<>(Arrays::compareUnsigned);
        if (!g.global().isEmpty()) {
            out.put(key(GLOBAL, a).toByteArray(), value(a).bits(g.global()).done());
        }
        g.dynamic().forEach((name, grant) ->
                out.put(key(DYNAMIC, a).writeUtf8(name).toByteArray(), value(a).str(name).bool(grant).done()));
        g.databases().forEach((db, p) ->
                out.put(key(DATABASE, a).writeUtf8(db).toByteArray(), value(a).str(db).bits(p).done()));
        g.tables().forEach((ref, t) -> {
            if (!t.privileges().isEmpty()) {
                out.put(key(TABLE, a).writeUtf8(ref.db()).writeUtf8(ref.table()).toByteArray(),
                        value(a).str(ref.db()).str(ref.table()).bits(t.privileges()).done());
            }
            t.columns().forEach((lower, c) ->
                    out.put(key(COLUMN, a).writeUtf8(ref.db()).writeUtf8(ref.table()).writeUtf8(lower).toByteArray(),
                            value(a).str(ref.db()).str(ref.table()).str(c.name()).bits(c.privileges()).done()));
        });
        g.routines().forEach((ref, r) ->
                out.put(key(ROUTINE, a).writeUtf8(ref.db()).writeRaw(new byte[]{(byte) (ref.kind() == RoutineKind.PROCEDURE ? 'P' : 'F')})
                                .writeUtf8(ref.name()).toByteArray(),
                        value(a).str(ref.db()).str(ref.kind().name()).str(r.name()).bits(r.privileges()).done()));
        for (AccountGrants.RoleGrant e : g.roles().values()) {
            out.put(key(ROLE_EDGE, a).writeUtf8(e.role().user()).writeUtf8(e.role().host()).toByteArray(),
                    value(a).str(e.role().user()).str(e.role().host()).bool(e.withAdminOption()).num(e.seq()).done());
        }
        int position = 0;
        for (AccountName role : g.defaultRoles()) {
            out.put(key(DEFAULT_ROLE, a).writeUtf8(role.user()).writeUtf8(role.host()).toByteArray(),
                    value(a).str(role.user()).str(role.host()).num(position++).done());
        }
        g.proxies().forEach((p, grant) ->
                out.put(key(PROXY, a).writeUtf8(p.user()).writeUtf8(p.host()).toByteArray(),
                        value(a).str(p.user()).str(p.host()).bool(grant).done()));
        return out;
    }

    private static KeyEncoder key(byte kind, AccountName a) {
        return new KeyEncoder(64).writeRaw(new byte[]{KeyLayout.GRANTS, kind}).writeUtf8(a.user()).writeUtf8(a.host());
    }

    private static Value value(AccountName a) {
        return new Value().num(FORMAT_VERSION).str(a.user()).str(a.host());
    }

    /** A row value under construction. */
    private static final class Value {
        private final RowCodec.Writer w = new RowCodec.Writer(48);

        Value str(String s) {
            w.string(s);
            return this;
        }

        Value num(long n) {
            w.varint(n);
            return this;
        }

        Value bool(boolean b) {
            w.bool(b);
            return this;
        }

        Value bits(PrivilegeSet p) {
            w.varint(p.bits());
            return this;
        }

        byte[] done() {
            return w.toByteArray();
        }
    }

    private static long readMeta(byte[] bytes) {
        if (bytes == null) return 0;
        RowCodec.Reader r = new RowCodec.Reader(bytes);
        long format = r.varint();
        if (format != FORMAT_VERSION) throw new IllegalStateException("unsupported grants format " + format);
        return r.varint();
    }

    private static byte[] writeMeta(long version) {
        RowCodec.Writer w = new RowCodec.Writer(12);
        w.varint(FORMAT_VERSION);
        w.varint(version);
        return w.toByteArray();
    }
}
