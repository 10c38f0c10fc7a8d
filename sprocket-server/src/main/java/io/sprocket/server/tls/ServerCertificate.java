package io.sprocket.server.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The server's TLS identity. On first start a self-signed RSA certificate is created in the data directory as
 * server-cert.pem / server-key.pem (MySQL's auto-generated file names; replace them with real ones to use your
 * own CA). Created in-process with a small DER encoder, because spawning keytool costs seconds of startup.
 */
public final class ServerCertificate {
    static final String CERT_FILE = "server-cert.pem";
    static final String KEY_FILE = "server-key.pem";
    private static final String SUBJECT = "Sprocket_Server_Auto_Generated_Server_Certificate";
    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final String COMMON_NAME = "2.5.4.3";

    private final SSLContext context;
    private final X509Certificate certificate;

    private ServerCertificate(SSLContext context, X509Certificate certificate) {
        this.context = Objects.requireNonNull(context);
        this.certificate = Objects.requireNonNull(certificate);
    }

    public static ServerCertificate loadOrCreate(Path directory) throws IOException, GeneralSecurityException {
        Path certPath = directory.resolve(CERT_FILE);
        Path keyPath = directory.resolve(KEY_FILE);
        if (!Files.exists(certPath) || !Files.exists(keyPath)) create(directory, certPath, keyPath);
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(certPath)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(keyPath))));
        char[] password = new char[0];
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("server", key, password, new Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, new SecureRandom());
        return new ServerCertificate(context, certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    private static void create(Path directory, Path certPath, Path keyPath)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        byte[] der = selfSigned(pair, ZonedDateTime.now(ZoneOffset.UTC));
        Path tmpKey = Files.createTempFile(directory, "server-key", ".tmp");
        Files.writeString(tmpKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.move(tmpKey, keyPath, StandardCopyOption.REPLACE_EXISTING);
        Path tmpCert = Files.createTempFile(directory, "server-cert", ".tmp");
        Files.writeString(tmpCert, pem("CERTIFICATE", der));
        Files.move(tmpCert, certPath, StandardCopyOption.REPLACE_EXISTING);
    }

    /** An X.509 v3 certificate for {@code pair}, signed by itself, valid for ten years from {@code now}. */
    static byte[] selfSigned(KeyPair pair, ZonedDateTime now) throws GeneralSecurityException {
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
        byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA), Der.nullValue());
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(SUBJECT))));
        byte[] serial = new byte[16];
        new SecureRandom().nextBytes(serial);
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(1, serial)),
                algorithm,
                name,
                Der.sequence(Der.utcTime(now.minusDays(1).format(utc)), Der.utcTime(now.plusYears(10).format(utc))),
                name,
                pair.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(tbs);
        return Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
    }

    /**
     * Runs one TLS handshake in memory against ourselves, so the first real client does not pay for loading and
     * compiling the JSSE handshake code (seconds on a busy machine). Called in the background at start.
     */
    public void warmUp() throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", certificate);
        javax.net.ssl.TrustManagerFactory trust =
                javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), new SecureRandom());
        javax.net.ssl.SSLEngine client = clientContext.createSSLEngine();
        client.setUseClientMode(true);
        javax.net.ssl.SSLEngine server = context.createSSLEngine();
        server.setUseClientMode(false);
        int size = Math.max(client.getSession().getPacketBufferSize(), client.getSession().getApplicationBufferSize());
        java.nio.ByteBuffer toServer = java.nio.ByteBuffer.allocate(size * 2);
        java.nio.ByteBuffer toClient = java.nio.ByteBuffer.allocate(size * 2);
        java.nio.ByteBuffer empty = java.nio.ByteBuffer.allocate(0);
        java.nio.ByteBuffer sink = java.nio.ByteBuffer.allocate(size * 2);
        client.beginHandshake();
        server.beginHandshake();
        for (int step = 0; step < 200 && !(done(client) && done(server)); step++) {
            pump(client, empty, toServer, toClient, sink);
            pump(server, empty, toClient, toServer, sink);
        }
    }

    private static boolean done(javax.net.ssl.SSLEngine engine) {
        javax.net.ssl.SSLEngineResult.HandshakeStatus status = engine.getHandshakeStatus();
        return status == javax.net.ssl.SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING
                || status == javax.net.ssl.SSLEngineResult.HandshakeStatus.FINISHED;
    }

    /** One step of an engine: run tasks, write what it wants to send, read what the peer sent. */
    private static void pump(javax.net.ssl.SSLEngine engine, java.nio.ByteBuffer empty, java.nio.ByteBuffer out,
                             java.nio.ByteBuffer in, java.nio.ByteBuffer sink) throws IOException {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) task.run();
        switch (engine.getHandshakeStatus()) {
            case NEED_WRAP -> engine.wrap(empty, out);
            case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                in.flip();
                sink.clear();
                engine.unwrap(in, sink);
                in.compact();
            }
            default -> { }
        }
    }

    /** Wraps an accepted connection after the client's SSLRequest; {@code consumed} are bytes already read. */
    public SSLSocket upgrade(Socket socket, byte[] consumed) throws IOException {
        InputStream alreadyRead = consumed.length == 0 ? null : new ByteArrayInputStream(consumed);
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket, alreadyRead, true);
        ssl.setUseClientMode(false);
        ssl.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        ssl.startHandshake();
        return ssl;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body.getBytes(StandardCharsets.US_ASCII));
    }
}
