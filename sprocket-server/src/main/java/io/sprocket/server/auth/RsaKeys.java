package io.sprocket.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;

/**
 * The RSA key pair caching_sha2_password uses to receive a password over an unencrypted connection. Created on
 * first start as private_key.pem / public_key.pem in the data directory (MySQL's file names) and reused after.
 */
public final class RsaKeys {
    private final PrivateKey privateKey;
    private final byte[] publicKeyPem;

    private RsaKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = Objects.requireNonNull(privateKey);
        this.publicKeyPem = pem("PUBLIC KEY", publicKey.getEncoded()).getBytes(StandardCharsets.US_ASCII);
    }

    public static RsaKeys loadOrCreate(Path directory) throws IOException, GeneralSecurityException {
        Path privatePath = directory.resolve("private_key.pem");
        Path publicPath = directory.resolve("public_key.pem");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        if (Files.exists(privatePath) && Files.exists(publicPath)) {
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(privatePath))));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(unpem(Files.readString(publicPath))));
            return new RsaKeys(privateKey, publicKey);
        }
        KeyPair pair = generate();
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, "private_key", ".tmp");
        try {
            tmp.toFile().setReadable(false, false);
            tmp.toFile().setReadable(true, true);
        } catch (SecurityException ignored) {
            // best effort: the data directory's own permissions protect the key
        }
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.move(tmp, privatePath, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return new RsaKeys(pair.getPrivate(), pair.getPublic());
    }

    /** A key pair that lives only in memory (tests, or a data directory that cannot be written). */
    public static RsaKeys ephemeral() throws GeneralSecurityException {
        KeyPair pair = generate();
        return new RsaKeys(pair.getPrivate(), pair.getPublic());
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** The PEM text sent in reply to the client's public-key request. */
    public byte[] publicKeyPem() {
        return publicKeyPem.clone();
    }

    /** Decrypts what the client encrypted with the public key (OAEP padding, as MySQL 8.0.5+ clients use). */
    public byte[] decrypt(byte[] cipherText) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        cipher.init(Cipher.DECRYPT_MODE, privateKey);
        return cipher.doFinal(cipherText);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
