package io.sprocket.conformance.runner;

import static java.util.Objects.requireNonNull;

import io.sprocket.conformance.format.Expectation;
import io.sprocket.conformance.format.Modifiers;
import io.sprocket.conformance.format.TestFile;
import io.sprocket.conformance.format.TestRecord;
import io.sprocket.conformance.backend.Actual;
import io.sprocket.conformance.backend.Target;
import io.sprocket.conformance.backend.TargetConnection;
import io.sprocket.conformance.backend.TargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every record of a file on one target, in order, with the file's named connections, and gives each
 * record a verdict. Never stops at the first failure: mark-knownfail needs every record's verdict.
 */
public final class FileRunner {
    private static final Pattern CREATE_DATABASE =
            Pattern.compile("(?i)\\bCREATE\\s+(?:DATABASE|SCHEMA)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?");
    private static final Pattern CREATE_USER =
            Pattern.compile("(?i)\\bCREATE\\s+USER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?('[^']*'@'[^']*')");
    private static final String DEFAULT = "default";

    private final Target target;

    public FileRunner(Target target) {
        this.target = requireNonNull(target);
    }

    public FileResult run(TestFile file) {
        Map<String, TargetConnection> connections = new LinkedHashMap<>();
        List<RecordResult> results = new ArrayList<>();
        try {
            cleanUp(file);
            String current = DEFAULT;
            for (int i = 0; i < file.items().size(); i++) {
                TestFile.Item item = file.items().get(i);
                Modifiers modifiers = item.modifiers();
                TestRecord record = item.record();
                if (!modifiers.runsOn(target.names())) {
                    results.add(new RecordResult(i, record.line(), RecordResult.Status.SKIPPED, null, List.of()));
                    continue;
                }
                List<Actual> actual = new ArrayList<>();
                String divergence;
                switch (record) {
                    case TestRecord.Connect c when c.error() != null -> {
                        // a login that must be refused: the current connection stays
                        divergence = null;
                        try {
                            TargetConnection opened = target.connect(c.user(), c.password(), c.database());
                            opened.close();
                            divergence = "expected login error " + c.error() + ", connected";
                        } catch (TargetException e) {
                            if (e.errno() != ErrorCodes.errno(c.error())) {
                                divergence = "expected login error " + c.error() + ", got " + e.getMessage();
                            }
                        }
                    }
                    case TestRecord.Connect c -> {
                        divergence = null;
                        if (connections.containsKey(c.name())) {
                            divergence = "connection " + c.name() + " is already open";
                        } else {
                            // the named connection is current even when it failed to open, so the records meant
                            // for it fail ("no current connection") instead of running as someone else
                            current = c.name();
                            try {
                                connections.put(c.name(), target.connect(c.user(), c.password(), c.database()));
                            } catch (TargetException e) {
                                divergence = "connect " + c.name() + " failed: " + e.getMessage();
                            }
                        }
                    }
                    case TestRecord.Switch s -> {
                        divergence = connections.containsKey(s.name()) || s.name().equals(DEFAULT)
                                ? null : "no connection named " + s.name();
                        if (divergence == null) current = s.name();
                    }
                    case TestRecord.Disconnect d -> {
                        TargetConnection closed = connections.remove(d.name());
                        divergence = closed == null ? "no connection named " + d.name() : null;
                        if (closed != null) closed.close();
                    }
                    case TestRecord.Sql sql -> {
                        actual.addAll(execute(connections, current, sql.sql()));
                        divergence = Comparison.compare(sql.expectation(), Comparison.single(actual),
                                target.reportsInfo());
                    }
                    case TestRecord.Multi multi -> {
                        actual.addAll(execute(connections, current, multi.sql()));
                        divergence = Comparison.compareAll(multi.results(), actual, target.reportsInfo());
                    }
                }
                results.add(new RecordResult(i, record.line(), verdict(modifiers, divergence), divergence, actual));
            }
        } finally {
            connections.values().forEach(TargetConnection::close);
        }
        return new FileResult(file, target.name(), results);
    }

    private RecordResult.Status verdict(Modifiers modifiers, String divergence) {
        boolean marked = modifiers.knownFailFor(target.names()) != null;
        if (divergence == null) return marked ? RecordResult.Status.ROTTED : RecordResult.Status.PASSED;
        return marked ? RecordResult.Status.KNOWNFAIL : RecordResult.Status.FAILED;
    }

    private List<Actual> execute(Map<String, TargetConnection> connections, String current, String sql) {
        TargetConnection connection = connections.get(current);
        if (connection == null && current.equals(DEFAULT)) {
            try {
                connection = target.connect("root", "", null);
                connections.put(DEFAULT, connection);
            } catch (TargetException e) {
                return List.of(Actual.Failure.harness(e.getMessage()));
            }
        }
        if (connection == null) return List.of(Actual.Failure.harness("no current connection (" + current + ")"));
        return connection.execute(sql);
    }

    /**
     * Drops what the file is about to create, so a run that died half-way does not poison the next one. Runs on
     * a connection of its own, and ignores every outcome.
     */
    private void cleanUp(TestFile file) {
        Set<String> databases = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        for (TestFile.Item item : file.items()) {
            String sql = switch (item.record()) {
                case TestRecord.Sql s -> s.sql();
                case TestRecord.Multi m -> m.sql();
                default -> "";
            };
            Matcher m = CREATE_DATABASE.matcher(sql);
            while (m.find()) databases.add(m.group(1));
            Matcher u = CREATE_USER.matcher(sql);
            while (u.find()) users.add(u.group(1));
        }
        if (databases.isEmpty() && users.isEmpty()) return;
        TargetConnection connection;
        try {
            connection = target.connect("root", "", null);
        } catch (TargetException e) {
            return;
        }
        try {
            databases.forEach(db -> connection.execute("DROP DATABASE IF EXISTS `" + db + "`"));
            users.forEach(user -> connection.execute("DROP USER IF EXISTS " + user));
        } finally {
            connection.close();
        }
    }
}
