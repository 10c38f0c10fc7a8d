package io.sprocket.engine;

import java.nio.file.Path;
import java.util.Objects;

/** How to open an engine: where its data lives. */
public record EngineConfig(Path dataDir) {
    public EngineConfig {
        Objects.requireNonNull(dataDir);
    }
}
