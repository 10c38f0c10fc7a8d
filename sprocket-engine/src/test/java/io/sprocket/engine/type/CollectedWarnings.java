package io.sprocket.engine.type;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.Warnings;
import java.util.ArrayList;
import java.util.List;

/** A Warnings sink that keeps what it is given, rendered as SHOW WARNINGS rows for easy assertions. */
final class CollectedWarnings implements Warnings {
    final List<Condition> conditions = new ArrayList<>();

    @Override
    public void add(Condition condition) { conditions.add(condition); }

    /** "Level|errno|message" per condition. */
    List<String> rows() {
        return conditions.stream().map(c -> c.level().text() + "|" + c.errno() + "|" + c.message()).toList();
    }
}
