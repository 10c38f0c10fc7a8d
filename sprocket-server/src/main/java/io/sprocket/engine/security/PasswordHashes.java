package io.sprocket.engine.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The stored credentials of MySQL's two password plugins, computed the way MySQL stores them in
 * {@code mysql.user.authentication_string} so that the values (and SHOW CREATE USER ... IDENTIFIED WITH ... AS)
 * stay interchangeable with MySQL.
 *
 * <ul>
 *   <li>{@code mysql_native_password}: {@code "*" + upper-hex(SHA1(SHA1(password)))} (41 characters).</li>
 *   <li>{@code caching_sha2_password}: {@code "$A$005$" + salt + digest} (70 characters): "A" names SHA-256,
 *       "005" is the round count divided by 1000 as three hex digits, the salt is 20 printable characters
 *       (never '$' or NUL), and the digest is the 43-character SHA-256-crypt output (Ulrich Drepper's public
 *       "Unix crypt using SHA-256" algorithm) of the password with that salt and 5000 rounds.</li>
 * </ul>
 * An empty password is stored as "" by both plugins.
 */
public final class PasswordHashes {
    private PasswordHashes() {}

    public static final String NATIVE_PLUGIN = "mysql_native_password";
    public static final String CACHING_SHA2_PLUGIN = "caching_sha2_password";

    private static final int SHA2_ROUNDS = 5000;
    private static final int SHA2_SALT_LENGTH = 20;
    private static final String SHA2_PREFIX = "$A$005$";
    private static final String CRYPT_ALPHABET =
            "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The authentication string for {@code plugin} and a cleartext password (fresh random salt for sha2). */
    public static String hash(String plugin, String password) {
        Objects.requireNonNull(plugin);
        return switch (plugin) {
            case NATIVE_PLUGIN -> nativeHash(password);
            case CACHING_SHA2_PLUGIN -> cachingSha2Hash(password);
            default -> throw new IllegalArgumentException("unknown authentication plugin " + plugin);
        };
    }

    /** {@code "*" + upper-hex(SHA1(SHA1(password)))}, or "" for an empty password. */
    public static String nativeHash(String password) {
        Objects.requireNonNull(password);
        if (password.isEmpty()) return "";
        byte[] stage2 = sha1(sha1(password.getBytes(StandardCharsets.UTF_8)));
        return "*" + HexFormat.of().withUpperCase().formatHex(stage2);
    }

    /** A fresh {@code $A$005$} string with a random salt, or "" for an empty password. */
    public static String cachingSha2Hash(String password) {
        Objects.requireNonNull(password);
        if (password.isEmpty()) return "";
        byte[] salt = new byte[SHA2_SALT_LENGTH];
        for (int i = 0; i < salt.length; i++) {
            // printable ASCII without '$' so the string splits unambiguously
            int c;
            do {
                c = 0x21 + RANDOM.nextInt(0x7e - 0x21 + 1);
            } while (c == '$');
            salt[i] = (byte) c;
        }
        return cachingSha2Hash(password.getBytes(StandardCharsets.UTF_8), salt);
    }

    /** The {@code $A$005$} string of {@code password} with the given 20-byte salt. */
    public static String cachingSha2Hash(byte[] password, byte[] salt) {
        return SHA2_PREFIX + new String(salt, StandardCharsets.ISO_8859_1) + sha256Crypt(password, salt, SHA2_ROUNDS);
    }

    /** Checks a cleartext password against a caching_sha2_password authentication string. */
    public static boolean cachingSha2Matches(String authString, byte[] password) {
        Objects.requireNonNull(authString);
        if (authString.isEmpty()) return password.length == 0;
        if (!authString.startsWith("$A$") || authString.length() < 8 || authString.charAt(6) != '$') return false;
        int rounds;
        try {
            rounds = Integer.parseInt(authString.substring(3, 6), 16) * 1000;
        } catch (NumberFormatException e) {
            return false;
        }
        String rest = authString.substring(7);
        if (rest.length() != SHA2_SALT_LENGTH + 43) return false;
        byte[] salt = rest.substring(0, SHA2_SALT_LENGTH).getBytes(StandardCharsets.ISO_8859_1);
        String expected = rest.substring(SHA2_SALT_LENGTH);
        String actual = sha256Crypt(password, salt, rounds);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    /** Checks a cleartext password against a mysql_native_password authentication string. */
    public static boolean nativeMatches(String authString, byte[] password) {
        Objects.requireNonNull(authString);
        if (authString.isEmpty()) return password.length == 0;
        String actual = "*" + HexFormat.of().withUpperCase().formatHex(sha1(sha1(password)));
        return MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII),
                authString.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * SHA-256-crypt: the 43-character digest part (no "$5$" or salt prefix). Unlike glibc's $5$, the salt is
     * used whole (MySQL uses 20 bytes, beyond glibc's 16-byte cap).
     */
    public static String sha256Crypt(byte[] password, byte[] salt, int rounds) {
        MessageDigest digest = sha256();
        int pwLen = password.length;
        int saltLen = salt.length;

        digest.update(password);
        digest.update(salt);
        digest.update(password);
        byte[] alternate = digest.digest();

        digest.update(password);
        digest.update(salt);
        int count;
        for (count = pwLen; count > 32; count -= 32) digest.update(alternate, 0, 32);
        digest.update(alternate, 0, count);
        for (count = pwLen; count > 0; count >>= 1) {
            if ((count & 1) != 0) digest.update(alternate, 0, 32);
            else digest.update(password);
        }
        byte[] intermediate = digest.digest();

        for (int i = 0; i < pwLen; i++) digest.update(password);
        byte[] passwordSequence = repeat(digest.digest(), pwLen);

        for (int i = 0; i < 16 + (intermediate[0] & 0xff); i++) digest.update(salt);
        byte[] saltSequence = repeat(digest.digest(), saltLen);

        for (int round = 0; round < rounds; round++) {
            if ((round & 1) != 0) digest.update(passwordSequence);
            else digest.update(intermediate, 0, 32);
            if (round % 3 != 0) digest.update(saltSequence);
            if (round % 7 != 0) digest.update(passwordSequence);
            if ((round & 1) != 0) digest.update(intermediate, 0, 32);
            else digest.update(passwordSequence);
            intermediate = digest.digest();
        }

        byte[] a = intermediate;
        StringBuilder out = new StringBuilder(43);
        int[][] groups = {
            {0, 10, 20}, {21, 1, 11}, {12, 22, 2}, {3, 13, 23}, {24, 4, 14},
            {15, 25, 5}, {6, 16, 26}, {27, 7, 17}, {18, 28, 8}, {9, 19, 29}};
        for (int[] g : groups) encode24(out, a[g[0]], a[g[1]], a[g[2]], 4);
        encode24(out, (byte) 0, a[31], a[30], 3);
        return out.toString();
    }

    private static void encode24(StringBuilder out, byte b2, byte b1, byte b0, int chars) {
        int w = ((b2 & 0xff) << 16) | ((b1 & 0xff) << 8) | (b0 & 0xff);
        for (int i = 0; i < chars; i++) {
            out.append(CRYPT_ALPHABET.charAt(w & 0x3f));
            w >>>= 6;
        }
    }

    private static byte[] repeat(byte[] block, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) out[i] = block[i % block.length];
        return out;
    }

    public static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without SHA-1", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without SHA-256", e);
        }
    }
}
