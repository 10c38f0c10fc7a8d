package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ROWS|RANGE start} or {@code ROWS|RANGE BETWEEN start AND end}.
 *
 * @param end nullable
 */
public record WindowFrame(FrameUnit unit, FrameBound start, FrameBound end) implements Node {
    public WindowFrame {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
    }
}
