package io.sprocket.server;

import io.sprocket.server.fake.FakeEngine;
import java.nio.file.Path;

/**
 * Runs the server over the fake engine from the command line, for benchmarks with real clients:
 * {@code java -cp target/test-classes:target/classes:target/lib/*:<junit-free> io.sprocket.server.FakeServerMain 3390}.
 */
public final class FakeServerMain {
    private FakeServerMain() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3390;
        Path dataDir = Path.of(args.length > 1 ? args[1] : "target/fake-data");
        SprocketServer server = SprocketServer.start(ServerConfig.defaults(dataDir).withPort(port), new FakeEngine());
        System.err.println("fake-engine server ready on port " + server.port());
        Thread.currentThread().join();
    }
}
