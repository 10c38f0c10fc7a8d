package io.sprocket.engine.security;

import io.sprocket.engine.row.KeyLayout;
import io.sprocket.storage.KeyEncoder;
import io.sprocket.storage.KvIterator;
import io.sprocket.storage.KvReader;
import io.sprocket.storage.KvStore;
import io.sprocket.storage.KvTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, stored under the 0x04 key space in the same store as the data. Only root@localhost exists until
 * account management arrives; the layout already holds any number of accounts.
 */
public final class AccountStore implements AccountDirectory {
    private final KvStore store;

    public AccountStore(KvStore store) {
        this.store = store;
    }

    private static byte[] key(String user, String host) {
        return new KeyEncoder().writeRaw(new byte[] {KeyLayout.ACCOUNTS}).writeUtf8(user).writeUtf8(host).toByteArray();
    }

    /** Creates root@localhost with an empty password unless it exists. */
    public void createRootIfMissing(KvTransaction txn) {
        byte[] k = key("root", "localhost");
        if (txn.get(k) == null) {
            put(txn, new StoredAccount(AccountName.ROOT, "caching_sha2_password", "", false));
        }
    }

    public void put(KvTransaction txn, StoredAccount account) {
        txn.put(key(account.name().user(), account.name().host()), encode(account));
    }

    public void delete(KvTransaction txn, AccountName name) {
        txn.delete(key(name.user(), name.host()));
    }

    public List<StoredAccount> all(KvReader reader) {
        List<StoredAccount> out = new ArrayList<>();
        byte[] prefix = {KeyLayout.ACCOUNTS};
        try (KvIterator it = reader.scan(prefix, KeyEncoder.prefixEnd(prefix), false)) {
            while (it.next()) out.add(decode(it.value()));
        }
        return out;
    }

    @Override
    public Optional<StoredAccount> find(String user, String clientHost) {
        List<StoredAccount> candidates;
        try (KvReader reader = store.newSnapshotReader()) {
            candidates = all(reader);
        }
        // Most specific host first: exact names before patterns, as MySQL sorts its account table; for the same
        // host a named user before the anonymous one (so ''@'localhost' still beats 'bob'@'%', MySQL's classic).
        candidates.sort(Comparator.comparingInt((StoredAccount a) -> HostMatch.specificity(a.name().host())).reversed()
                .thenComparing(a -> a.name().user().isEmpty()));
        for (StoredAccount a : candidates) {
            if (!a.name().user().isEmpty() && !a.name().user().equals(user)) continue;
            if (HostMatch.matches(a.name().host(), clientHost)) return Optional.of(a);
        }
        return Optional.empty();
    }

    private static byte[] encode(StoredAccount a) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(2);
            out.writeUTF(a.name().user());
            out.writeUTF(a.name().host());
            out.writeUTF(a.plugin());
            out.writeUTF(a.authString());
            out.writeBoolean(a.locked());
            out.writeBoolean(a.passwordExpired());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoredAccount decode(byte[] value) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
            int version = in.readByte();
            String user = in.readUTF();
            String host = in.readUTF();
            String plugin = in.readUTF();
            String auth = in.readUTF();
            boolean locked = in.readBoolean();
            boolean expired = version >= 2 && in.readBoolean();
            return new StoredAccount(new AccountName(user, host), plugin, auth, locked, expired);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
