package io.sprocket.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to open an engine: where its data lives, and server options that become global system variables
 * (e.g. port, bind_address) at start-up.
 */
public record EngineConfig(Path dataDir, Map<String, String> options) {
    public EngineConfig {
        Objects.requireNonNull(dataDir);
        options = Map.copyOf(options);
    }

    public EngineConfig(Path dataDir) {
        this(dataDir, Map.of());
    }
}
