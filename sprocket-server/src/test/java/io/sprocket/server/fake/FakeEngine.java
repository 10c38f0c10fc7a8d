package io.sprocket.server.fake;

import io.sprocket.engine.security.AccountDirectory;
import io.sprocket.engine.security.AccountName;
import io.sprocket.engine.security.PasswordHashes;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.engine.session.ClientInfo;
import io.sprocket.engine.session.Session;
import io.sprocket.engine.session.SessionFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in engine for protocol tests: a few accounts and sessions that understand a tiny query language
 * (see {@link FakeSession}). Records what the protocol layer told it, so tests can assert on ClientInfo and KILL.
 */
public final class FakeEngine implements SessionFactory {
    public static final String PASSWORD = "s3cret!";

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, StoredAccount> accounts = new ConcurrentHashMap<>();
    public final List<ClientInfo> opened = new CopyOnWriteArrayList<>();
    public final List<Long> killed = new CopyOnWriteArrayList<>();

    public FakeEngine() {
        add(new StoredAccount(AccountName.ROOT, PasswordHashes.CACHING_SHA2_PLUGIN, "", false));
        add(new StoredAccount(new AccountName("native", "%"), PasswordHashes.NATIVE_PLUGIN,
                PasswordHashes.nativeHash(PASSWORD), false));
        add(new StoredAccount(new AccountName("sha2", "%"), PasswordHashes.CACHING_SHA2_PLUGIN,
                PasswordHashes.cachingSha2Hash(PASSWORD), false));
        add(new StoredAccount(new AccountName("sha2b", "%"), PasswordHashes.CACHING_SHA2_PLUGIN,
                PasswordHashes.cachingSha2Hash(PASSWORD), false));
        add(new StoredAccount(new AccountName("locked", "%"), PasswordHashes.NATIVE_PLUGIN,
                PasswordHashes.nativeHash(PASSWORD), true));
    }

    private void add(StoredAccount account) {
        accounts.put(account.name().user(), account);
    }

    @Override
    public long nextConnectionId() {
        return ids.incrementAndGet();
    }

    @Override
    public AccountDirectory accounts() {
        return (user, host) -> Optional.ofNullable(accounts.get(user));
    }

    @Override
    public Session open(long connectionId, ClientInfo client) {
        opened.add(client);
        return new FakeSession(connectionId, client);
    }

    @Override
    public void kill(long connectionId, boolean queryOnly) {
        killed.add(connectionId);
    }
}
