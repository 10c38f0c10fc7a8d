package io.sprocket.conformance.runner;

import io.sprocket.conformance.backend.Actual;
import io.sprocket.conformance.backend.Target;
import io.sprocket.conformance.backend.TargetConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A fake target answering from a script: SQL text to results. Unknown SQL fails like an unsupported statement. */
class ScriptedTarget implements Target {
    private final String name;
    private final Set<String> names;
    private final Map<String, List<Actual>> answers = new HashMap<>();
    final List<String> executed = new ArrayList<>();
    final List<String> connections = new ArrayList<>();

    ScriptedTarget(String name, String... names) {
        this.name = name;
        this.names = Set.of(names);
    }

    ScriptedTarget answer(String sql, Actual... results) {
        answers.put(sql, List.of(results));
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> names() {
        return names;
    }

    @Override
    public boolean reportsInfo() {
        return true;
    }

    @Override
    public TargetConnection connect(String user, String password, String database)
            throws io.sprocket.conformance.backend.TargetException {
        String id = user + "#" + connections.size();
        connections.add(id);
        return new TargetConnection() {
            @Override
            public List<Actual> execute(String sql) {
                executed.add(id + ": " + sql);
                return answers.getOrDefault(sql, List.of(new Actual.Failure(1235, "42000", "not supported")));
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
    }
}
