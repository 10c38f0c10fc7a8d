package io.sprocket.conformance;

import io.sprocket.conformance.format.TestFile;
import io.sprocket.conformance.format.TestFileParser;
import io.sprocket.conformance.format.TestFileWriter;
import io.sprocket.conformance.runner.FileResult;
import io.sprocket.conformance.runner.FileRunner;
import io.sprocket.conformance.runner.KnownFailMarker;
import io.sprocket.conformance.runner.Recorder;
import io.sprocket.conformance.runner.RecordResult;
import io.sprocket.conformance.runner.Summary;
import io.sprocket.conformance.backend.EngineTarget;
import io.sprocket.conformance.backend.JdbcDriver;
import io.sprocket.conformance.backend.JdbcTarget;
import io.sprocket.conformance.backend.SprocketServerLauncher;
import io.sprocket.conformance.backend.Target;
import io.sprocket.conformance.backend.TargetException;
import io.sprocket.conformance.backend.WireTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line: {@code conformance <run|record|diff|mark-knownfail> [--target=engine,wire|mariadb]
 * [--driver=mysql|mariadb] [--oracle=host:port] [--data-dir=DIR] FILE-OR-DIR...}. Exit status 0 when every
 * file passed (or was rewritten), 1 on divergences, 2 on usage errors.
 */
public final class Conformance {
    private final PrintStream out;
    private final Options options;
    private boolean malformed;

    private Conformance(PrintStream out, Options options) {
        this.out = out;
        this.options = options;
    }

    public static void main(String[] args) {
        int status;
        try {
            status = new Conformance(System.out, Options.parse(args)).execute();
        } catch (IllegalArgumentException e) {
            System.err.println("conformance: " + e.getMessage());
            System.err.println("usage: conformance run|record|diff|mark-knownfail [--target=engine,wire|mariadb]"
                    + " [--driver=mysql|mariadb] [--oracle=host:port] [--data-dir=DIR] [--prepared] FILE-OR-DIR...");
            status = 2;
        } catch (IOException | TargetException | io.sprocket.conformance.format.FormatException e) {
            System.err.println("conformance: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    /** Every {@code .test} file under the given files and directories, sorted. */
    public static List<Path> testFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".test")).sorted(Comparator.naturalOrder()).forEach(files::add);
                }
            } else {
                files.add(root);
            }
        }
        return files;
    }

    public static TestFile load(Path file) throws IOException {
        return TestFileParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Loads a file for a mode that goes on with the other files: a malformed file is reported, not fatal. */
    private TestFile loadOrReport(Path file) throws IOException {
        try {
            return load(file);
        } catch (io.sprocket.conformance.format.FormatException e) {
            out.println("BAD  " + e.getMessage());
            malformed = true;
            return null;
        }
    }

    private int execute() throws IOException, TargetException {
        List<Path> files = testFiles(options.paths());
        int status = switch (options.mode()) {
            case "run" -> run(files);
            case "record" -> record(files);
            case "diff" -> diff(files);
            case "mark-knownfail" -> markKnownFail(files);
            default -> throw new IllegalArgumentException("unknown mode " + options.mode());
        };
        return malformed ? Math.max(status, 1) : status;
    }

    private int run(List<Path> files) throws IOException, TargetException {
        boolean ok = true;
        for (String name : options.targets("engine")) {
            try (Target target = open(name)) {
                Summary summary = new Summary(target.name());
                FileRunner runner = new FileRunner(target);
                for (Path path : files) {
                    TestFile file = loadOrReport(path);
                    if (file == null) continue;
                    FileResult result = runner.run(file);
                    summary.add(result);
                    result.firstDivergence().ifPresentOrElse(
                            r -> out.println("FAIL " + result.describe(r)),
                            () -> out.println("ok   " + path));
                }
                out.println(summary.line());
                ok &= summary.failed() == 0;
            }
        }
        return ok ? 0 : 1;
    }

    private int record(List<Path> files) throws IOException, TargetException {
        try (Target target = open(options.singleTarget("mariadb"))) {
            FileRunner runner = new FileRunner(target);
            for (Path path : files) {
                TestFile before = loadOrReport(path);
                if (before == null) continue;
                FileResult result = runner.run(before);
                TestFile after = Recorder.record(result);
                Files.writeString(path, TestFileWriter.write(after), StandardCharsets.UTF_8);
                long harness = result.records().stream().filter(r -> r.actual().stream().anyMatch(
                        a -> a instanceof io.sprocket.conformance.backend.Actual.Failure f && f.errno() == 0)).count();
                out.println("recorded " + path + " (" + before.sqlRecordCount() + " records"
                        + (harness > 0 ? ", " + harness + " left unchanged after harness failures" : "") + ")");
            }
        }
        return 0;
    }

    /** Records from the oracle in memory, then runs ours against that: the first divergence per file. */
    private int diff(List<Path> files) throws IOException, TargetException {
        boolean ok = true;
        try (Target oracle = open("mariadb")) {
            for (String name : options.targets("engine")) {
                try (Target ours = open(name)) {
                    for (Path path : files) {
                        TestFile loaded = loadOrReport(path);
                        if (loaded == null) continue;
                        TestFile recorded = Recorder.record(new FileRunner(oracle).run(loaded));
                        FileResult result = new FileRunner(ours).run(recorded);
                        var first = result.records().stream().filter(r -> r.divergence() != null).findFirst();
                        first.ifPresentOrElse(r -> out.println("DIFF " + path + ":" + r.line() + " [" + name + " vs mariadb]: "
                                + r.divergence()), () -> out.println("same " + path + " [" + name + "]"));
                        ok &= first.isEmpty();
                    }
                }
            }
        }
        return ok ? 0 : 1;
    }

    private int markKnownFail(List<Path> files) throws IOException, TargetException {
        List<Target> targets = new ArrayList<>();
        try {
            for (String name : options.targets("wire")) targets.add(open(name));
            for (Path path : files) {
                TestFile file = loadOrReport(path);
                if (file == null) continue;
                List<FileResult> results = new ArrayList<>();
                for (Target target : targets) results.add(new FileRunner(target).run(file));
                TestFile marked = KnownFailMarker.mark(file, results);
                Files.writeString(path, TestFileWriter.write(marked), StandardCharsets.UTF_8);
                long failing = results.getFirst().records().stream()
                        .filter(r -> r.status() == RecordResult.Status.FAILED || r.status() == RecordResult.Status.KNOWNFAIL)
                        .count();
                out.println("marked " + path + ": " + failing + " of " + file.items().size() + " records fail on "
                        + results.getFirst().target());
            }
        } finally {
            targets.forEach(Target::close);
        }
        return 0;
    }

    private Target open(String name) throws IOException, TargetException {
        return switch (name) {
            case "mariadb" -> options.prepared() ? unsupportedPrepared() : JdbcTarget.mariadbOracle(options.oracleHost(), options.oraclePort(), options.driver());
            case "engine" -> new EngineTarget(options.dataDir("engine"), options.prepared());
            case "wire" -> options.prepared() ? unsupportedPrepared() : new WireTarget(new SprocketServerLauncher(), options.dataDir("wire"), options.driver());
            default -> throw new IllegalArgumentException("unknown target " + name + " (engine, wire, mariadb)");
        };
    }

    private static Target unsupportedPrepared() {
        // JDBC drivers decode the binary protocol into Java values, losing the server's text; not exact enough yet
        throw new IllegalArgumentException("--prepared is supported on the engine target only for now");
    }

    /** Parsed command line. */
    record Options(String mode, List<String> targetNames, JdbcDriver driver, String oracle, Path dataRoot,
                   boolean prepared, List<Path> paths) {
        static Options parse(String[] args) {
            if (args.length == 0) throw new IllegalArgumentException("no mode given");
            List<String> targets = List.of();
            JdbcDriver driver = JdbcDriver.MYSQL;
            String oracle = "127.0.0.1:3307";
            Path dataRoot = null;
            boolean prepared = false;
            List<Path> paths = new ArrayList<>();
            for (String arg : Arrays.asList(args).subList(1, args.length)) {
                if (arg.startsWith("--target=")) targets = List.of(arg.substring(9).split(","));
                else if (arg.startsWith("--driver=")) driver = JdbcDriver.valueOf(arg.substring(9).toUpperCase(java.util.Locale.ROOT));
                else if (arg.startsWith("--oracle=")) oracle = arg.substring(9);
                else if (arg.startsWith("--data-dir=")) dataRoot = Path.of(arg.substring(11));
                else if (arg.equals("--prepared")) prepared = true;
                else if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg);
                else paths.add(Path.of(arg));
            }
            if (paths.isEmpty()) throw new IllegalArgumentException("no files given");
            return new Options(args[0], targets, driver, oracle, dataRoot, prepared, paths);
        }

        List<String> targets(String fallback) {
            return targetNames.isEmpty() ? List.of(fallback) : targetNames;
        }

        String singleTarget(String fallback) {
            List<String> names = targets(fallback);
            if (names.size() != 1 || !names.getFirst().equals("mariadb")) {
                throw new IllegalArgumentException("record writes expectations from the oracle only: --target=mariadb");
            }
            return names.getFirst();
        }

        String oracleHost() {
            return oracle.substring(0, oracle.lastIndexOf(':'));
        }

        int oraclePort() {
            return Integer.parseInt(oracle.substring(oracle.lastIndexOf(':') + 1));
        }

        Path dataDir(String target) throws IOException {
            if (dataRoot != null) {
                Path dir = dataRoot.resolve(target);
                Files.createDirectories(dir);
                return dir;
            }
            return Files.createTempDirectory("sprocket-conformance-" + target);
        }
    }
}
