package io.sprocket.server;

import io.sprocket.server.fake.FakeEngine;
import java.io.IOException;
import java.nio.file.Path;

/** Starts servers on ephemeral ports over a fake engine; the data dir is shared so keys are made once. */
final class TestServers {
    private TestServers() {}

    static final Path DATA_DIR = Path.of("target", "test-data").toAbsolutePath();

    static SprocketServer start(FakeEngine engine) throws IOException {
        return start(ServerConfig.defaults(DATA_DIR).withPort(0), engine);
    }

    static SprocketServer start(ServerConfig config, FakeEngine engine) throws IOException {
        return SprocketServer.start(config, engine);
    }
}
