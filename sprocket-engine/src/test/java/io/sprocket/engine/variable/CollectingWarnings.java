package io.sprocket.engine.variable;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.Warnings;
import java.util.ArrayList;
import java.util.List;

/** A diagnostics area for tests: keeps what was reported. */
final class CollectingWarnings implements Warnings {
    final List<Condition> conditions = new ArrayList<>();

    @Override
    public void add(Condition condition) {
        conditions.add(condition);
    }

    List<String> texts() {
        return conditions.stream().map(c -> c.level().text() + " " + c.errno() + " " + c.message()).toList();
    }
}
