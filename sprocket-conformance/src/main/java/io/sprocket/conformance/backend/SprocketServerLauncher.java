package io.sprocket.conformance.backend;

import io.sprocket.engine.Engine;
import io.sprocket.engine.EngineConfig;
import io.sprocket.server.ServerConfig;
import io.sprocket.server.SprocketServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real SprocketServer in-process on an ephemeral loopback port, over an engine opened on
 * {@code dataDir/data}. TLS is off: the harness compares results, and the server's TLS has tests of its own.
 */
public final class SprocketServerLauncher implements ServerLauncher {
    @Override
    public RunningServer start(Path dataDir) throws Exception {
        Path engineDir = Files.createDirectories(dataDir.resolve("data"));
        Path serverDir = Files.createDirectories(dataDir.resolve("server"));
        Engine engine = Engine.open(new EngineConfig(engineDir));
        SprocketServer server;
        try {
            server = SprocketServer.start(ServerConfig.defaults(serverDir).withPort(0).withTls(false), engine);
        } catch (Exception | Error e) {
            engine.close();
            throw e;
        }
        return new RunningServer() {
            @Override
            public int port() {
                return server.port();
            }

            @Override
            public void close() {
                try {
                    server.close();
                } finally {
                    engine.close();
                }
            }
        };
    }
}
