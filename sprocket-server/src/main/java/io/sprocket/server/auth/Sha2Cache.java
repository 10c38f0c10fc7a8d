package io.sprocket.server.auth;

import io.sprocket.engine.security.AccountName;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * caching_sha2_password's fast-path cache: SHA256(SHA256(password)) per account, filled after a successful full
 * authentication. Entries remember the authentication string they were derived from, so a changed password
 * (or a dropped and re-created account) silently misses instead of accepting the old password.
 */
public final class Sha2Cache {
    private record Entry(String authString, byte[] doubleHash) {}

    private final Map<AccountName, Entry> entries = new ConcurrentHashMap<>();

    public void put(AccountName account, String authString, byte[] doubleHash) {
        entries.put(account, new Entry(authString, doubleHash.clone()));
    }

    /** SHA256(SHA256(password)), or null when not cached for this authentication string. */
    public byte[] get(AccountName account, String authString) {
        Entry entry = entries.get(account);
        return entry != null && MessageDigest.isEqual(entry.authString().getBytes(), authString.getBytes())
                ? entry.doubleHash() : null;
    }

    public void clear() {
        entries.clear();
    }
}
