package io.sprocket.server.auth;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.security.AccountDirectory;
import io.sprocket.engine.security.PasswordHashes;
import io.sprocket.engine.security.StoredAccount;
import io.sprocket.server.protocol.ProtocolErrors;
import io.sprocket.server.protocol.ProtocolException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a login against the engine's accounts with mysql_native_password or caching_sha2_password, switching
 * the client to the account's plugin when it proposed another one. Every failure is MySQL's 1045, so a client
 * cannot tell an unknown user from a wrong password.
 */
public final class Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    private static final byte FAST_AUTH_SUCCESS = 3;
    private static final byte PERFORM_FULL_AUTHENTICATION = 4;
    private static final byte REQUEST_PUBLIC_KEY = 2;

    private final AccountDirectory accounts;
    private final Supplier<RsaKeys> rsaKeys;
    private final Sha2Cache cache;

    /** {@code rsaKeys} may block until the key pair is ready; it is only asked for on plain-TCP full auth. */
    public Authenticator(AccountDirectory accounts, Supplier<RsaKeys> rsaKeys, Sha2Cache cache) {
        this.accounts = Objects.requireNonNull(accounts);
        this.rsaKeys = Objects.requireNonNull(rsaKeys);
        this.cache = Objects.requireNonNull(cache);
    }

    /**
     * @param user          the user name the client sent
     * @param clientAddress the client's IP address as text (what account host patterns match)
     * @param displayHost   the host as error messages show it ('localhost' for loopback)
     * @param clientPlugin  the plugin the client's first response was computed with
     * @param pluginAuth    whether the client can switch plugins (CLIENT_PLUGIN_AUTH)
     * @param response      the client's first authentication response
     * @param nonce         the 20-byte scramble of the handshake
     */
    public AuthResult authenticate(AuthExchange exchange, String user, String clientAddress, String displayHost,
                                   String clientPlugin, boolean pluginAuth, byte[] response, byte[] nonce)
            throws IOException, ProtocolException {
        response = normalize(response);
        Optional<StoredAccount> found = accounts.find(user, clientAddress);
        if (found.isEmpty()) return denied(user, displayHost, response.length > 0);
        StoredAccount account = found.get();
        String plugin = account.plugin();
        if (!plugin.equals(PasswordHashes.NATIVE_PLUGIN) && !plugin.equals(PasswordHashes.CACHING_SHA2_PLUGIN)) {
            LOG.warn("account {} uses unsupported plugin {}", account.name().quoted(), plugin);
            return denied(user, displayHost, response.length > 0);
        }
        if (!plugin.equals(clientPlugin)) {
            if (!pluginAuth) return new AuthResult.Denied(new SqlException(ErrorCode.ER_NOT_SUPPORTED_AUTH_MODE));
            response = normalize(exchange.switchPlugin(plugin, nonce));
        }
        boolean ok = plugin.equals(PasswordHashes.NATIVE_PLUGIN)
                ? checkNative(account, response, nonce)
                : checkCachingSha2(exchange, account, response, nonce);
        if (!ok) return denied(user, displayHost, response.length > 0);
        if (account.locked()) return new AuthResult.Denied(ProtocolErrors.accountLocked(user, displayHost));
        return new AuthResult.Accepted(account);
    }

    /** Clients send an empty password as nothing or as a single NUL byte (Connector/J); both mean "none". */
    private static byte[] normalize(byte[] response) {
        return response.length == 1 && response[0] == 0 ? new byte[0] : response;
    }

    private static AuthResult denied(String user, String host, boolean usingPassword) {
        return new AuthResult.Denied(
                new SqlException(ErrorCode.ER_ACCESS_DENIED_ERROR, user, host, usingPassword ? "YES" : "NO"));
    }

    /** token = SHA1(pw) XOR SHA1(nonce + SHA1(SHA1(pw))); the stored string holds SHA1(SHA1(pw)). */
    static boolean checkNative(StoredAccount account, byte[] token, byte[] nonce) {
        String stored = account.authString();
        if (stored.isEmpty() || token.length == 0) return stored.isEmpty() && token.length == 0;
        if (stored.length() != 41 || stored.charAt(0) != '*' || token.length != 20) return false;
        byte[] doubleHash;
        try {
            doubleHash = java.util.HexFormat.of().parseHex(stored.substring(1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] mask = digest("SHA-1", concat(nonce, doubleHash));
        byte[] singleHash = xor(token, mask);
        return MessageDigest.isEqual(digest("SHA-1", singleHash), doubleHash);
    }

    private boolean checkCachingSha2(AuthExchange exchange, StoredAccount account, byte[] scramble, byte[] nonce)
            throws IOException, ProtocolException {
        String stored = account.authString();
        if (stored.isEmpty() || scramble.length == 0) return stored.isEmpty() && scramble.length == 0;
        byte[] cached = cache.get(account.name(), stored);
        if (cached != null) {
            // scramble = SHA256(pw) XOR SHA256(SHA256(SHA256(pw)) + nonce)
            byte[] candidate = xor(scramble, digest("SHA-256", concat(cached, nonce)));
            if (scramble.length == 32 && MessageDigest.isEqual(digest("SHA-256", candidate), cached)) {
                exchange.moreData(new byte[] {FAST_AUTH_SUCCESS}, false);
                return true;
            }
            return false;
        }
        byte[] reply = exchange.moreData(new byte[] {PERFORM_FULL_AUTHENTICATION}, true);
        byte[] password;
        if (exchange.secure()) {
            password = stripNul(reply);
        } else {
            if (reply.length == 1 && reply[0] == REQUEST_PUBLIC_KEY) {
                reply = exchange.moreData(rsaKeys.get().publicKeyPem(), true);
            }
            try {
                password = stripNul(xor(rsaKeys.get().decrypt(reply), nonce));
            } catch (GeneralSecurityException e) {
                LOG.debug("caching_sha2_password: undecryptable password from client: {}", e.toString());
                return false;
            }
        }
        boolean ok = PasswordHashes.cachingSha2Matches(stored, password);
        if (ok) cache.put(account.name(), stored, digest("SHA-256", digest("SHA-256", password)));
        Arrays.fill(password, (byte) 0);
        return ok;
    }

    private static byte[] stripNul(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) end--;
        return Arrays.copyOf(bytes, end);
    }

    /** XOR with {@code mask} repeated (the RSA path XORs a password longer than the nonce). */
    static byte[] xor(byte[] data, byte[] mask) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) out[i] = (byte) (data[i] ^ mask[i % mask.length]);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without " + algorithm, e);
        }
    }
}
