package io.sprocket.conformance.format;

import java.util.List;

/** Writes a {@link TestFile} back in the canonical form that {@link TestFileParser} reads. */
public final class TestFileWriter {
    private TestFileWriter() {}

    public static String write(TestFile file) {
        StringBuilder out = new StringBuilder();
        for (TestFile.Item item : file.items()) {
            item.preamble().forEach(line -> out.append(line).append('\n'));
            Modifiers m = item.modifiers();
            m.onlyIf().forEach(name -> out.append("onlyif ").append(name).append('\n'));
            m.skipIf().forEach(name -> out.append("skipif ").append(name).append('\n'));
            m.knownFail().forEach(k -> out.append("knownfail ").append(k.scope())
                    .append(k.reason().isEmpty() ? "" : " " + k.reason()).append('\n'));
            writeRecord(out, item.record());
        }
        file.trailer().forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    public static void writeRecord(StringBuilder out, TestRecord record) {
        switch (record) {
            case TestRecord.Sql sql -> {
                switch (sql.expectation()) {
                    case Expectation.Ok ok -> {
                        out.append("statement ok\n").append(sql.sql()).append('\n');
                        if (ok.affected() != 0 || !ok.info().isEmpty()) {
                            out.append("----\n");
                            okLines(out, ok);
                        }
                    }
                    case Expectation.Error e -> {
                        out.append("statement error ").append(e.code());
                        if (e.sqlState() != null) out.append(' ').append(e.sqlState());
                        out.append('\n').append(sql.sql()).append('\n');
                        if (e.message() != null) {
                            out.append("----\n").append(e.regex() ? "~" : "").append(e.message()).append('\n');
                        }
                    }
                    case Expectation.Rows rows -> {
                        out.append("query ").append(rowsHeader(rows));
                        if (rows.colnames()) out.append(" colnames");
                        out.append('\n').append(sql.sql()).append("\n----\n");
                        if (rows.colnames()) out.append(String.join("\t", rows.columns())).append('\n');
                        rowLines(out, rows.rows());
                    }
                }
                warningLines(out, sql.expectation().warnings());
            }
            case TestRecord.Multi multi -> {
                out.append("multi\n").append(multi.sql()).append('\n');
                for (Expectation result : multi.results()) {
                    switch (result) {
                        case Expectation.Ok ok -> {
                            out.append("---- ok\n");
                            okLines(out, ok);
                        }
                        case Expectation.Error e -> out.append("---- error ").append(e.code())
                                .append(e.sqlState() == null ? "" : " " + e.sqlState()).append('\n');
                        case Expectation.Rows rows -> {
                            out.append("---- query ").append(rowsHeader(rows)).append('\n');
                            rowLines(out, rows.rows());
                        }
                    }
                }
                List<Expectation> results = multi.results();
                if (!results.isEmpty()) warningLines(out, results.getLast().warnings());
            }
            case TestRecord.Connect c -> {
                out.append("connect ").append(c.name()).append(" user=").append(c.user());
                if (!c.password().isEmpty()) out.append(" password=").append(c.password());
                if (c.database() != null) out.append(" db=").append(c.database());
                if (c.error() != null) out.append(" error=").append(c.error());
                out.append('\n');
            }
            case TestRecord.Switch s -> out.append("connection ").append(s.name()).append('\n');
            case TestRecord.Disconnect d -> out.append("disconnect ").append(d.name()).append('\n');
        }
    }

    private static String rowsHeader(Expectation.Rows rows) {
        return rows.types() + " " + rows.sort().word();
    }

    private static void okLines(StringBuilder out, Expectation.Ok ok) {
        if (ok.affected() != 0) out.append("affected ").append(ok.affected()).append('\n');
        if (!ok.info().isEmpty()) out.append("info ").append(ok.info()).append('\n');
    }

    private static void rowLines(StringBuilder out, List<List<String>> rows) {
        rows.forEach(row -> out.append(String.join("\t", row)).append('\n'));
    }

    private static void warningLines(StringBuilder out, List<String> warnings) {
        if (warnings.isEmpty()) return;
        out.append("---- warnings\n");
        warnings.forEach(w -> out.append(w).append('\n'));
    }
}
