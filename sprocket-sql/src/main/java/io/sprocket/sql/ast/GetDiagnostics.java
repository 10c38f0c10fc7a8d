package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code GET [CURRENT | STACKED] DIAGNOSTICS target = item, ...} (statement information) or
 * {@code GET ... DIAGNOSTICS CONDITION n target = item, ...}.
 *
 * @param conditionNumber nullable: null for statement information
 */
public record GetDiagnostics(DiagnosticsArea area, Expression conditionNumber, List<DiagnosticsAssignment> assignments)
        implements ProcedureStatement {
    public GetDiagnostics {
        Objects.requireNonNull(area, "area");
        assignments = List.copyOf(assignments);
    }
}
