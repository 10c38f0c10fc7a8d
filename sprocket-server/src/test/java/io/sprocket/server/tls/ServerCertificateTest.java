package io.sprocket.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCertificateTest {
    @Test
    void createsAValidSelfSignedCertificateOnceAndReusesIt(@TempDir Path dir) throws Exception {
        ServerCertificate first = ServerCertificate.loadOrCreate(dir);
        X509Certificate cert = first.certificate();
        cert.checkValidity();
        cert.verify(cert.getPublicKey()); // self-signed: its own key verifies the signature
        assertThat(cert.getVersion()).isEqualTo(3);
        assertThat(cert.getSubjectX500Principal().getName()).contains("Sprocket_Server_Auto_Generated");
        assertThat(Files.readString(dir.resolve("server-cert.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
        first.warmUp(); // an in-memory handshake against ourselves must complete without errors
        ServerCertificate second = ServerCertificate.loadOrCreate(dir);
        assertThat(second.certificate()).isEqualTo(cert);
    }
}
