package io.sprocket.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The server's TLS identity: a self-signed RSA certificate created on first start in the data directory (like
 * MySQL's auto-generated server certificate) and the SSLContext built from it. The certificate is made by the
 * running JDK's own keytool, since the JDK has no public API to sign a certificate.
 */
public final class ServerCertificate {
    private static final String STORE = "server-cert.p12";
    private static final String PASSWORD_FILE = "server-cert.pass";

    private final SSLContext context;

    private ServerCertificate(SSLContext context) {
        this.context = Objects.requireNonNull(context);
    }

    public static ServerCertificate loadOrCreate(Path directory) throws IOException, GeneralSecurityException {
        Path store = directory.resolve(STORE);
        Path passwordFile = directory.resolve(PASSWORD_FILE);
        if (!Files.exists(store) || !Files.exists(passwordFile)) create(directory, store, passwordFile);
        char[] password = Files.readString(passwordFile).trim().toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, new SecureRandom());
        return new ServerCertificate(context);
    }

    private static void create(Path directory, Path store, Path passwordFile) throws IOException {
        Files.createDirectories(directory);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Path tmpStore = directory.resolve(STORE + ".tmp");
        Files.deleteIfExists(tmpStore);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "sprocket", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "3650", "-dname", "CN=Sprocket_Server_Auto_Generated_Certificate",
                "-keystore", tmpStore.toString(), "-storetype", "PKCS12", "-storepass", password, "-keypass",
                password)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed to create the server certificate: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the server certificate", e);
        }
        Files.writeString(passwordFile, password + "\n");
        Files.move(tmpStore, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Wraps an accepted connection after the client's SSLRequest; {@code consumed} are bytes already read. */
    public SSLSocket upgrade(Socket socket, byte[] consumed) throws IOException {
        InputStream alreadyRead = consumed.length == 0 ? null : new java.io.ByteArrayInputStream(consumed);
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, alreadyRead, true);
        ssl.setUseClientMode(false);
        ssl.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        ssl.startHandshake();
        return ssl;
    }
}
