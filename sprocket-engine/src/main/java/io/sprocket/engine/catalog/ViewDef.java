package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.Query;
import io.sprocket.sql.ast.ViewAlgorithm;
import io.sprocket.sql.ast.ViewCheckOption;
import java.util.List;
import java.util.Objects;

/**
 * A view as the catalog keeps it (MySQL 8.0 Reference Manual, 15.1.23 CREATE VIEW Statement). The definition is
 * frozen when the view is created: {@code definitionText} is the SELECT in MySQL's canonical form with every table
 * and column qualified ({@code select `db`.`t`.`a` AS `a` from `db`.`t`}, what information_schema.VIEWS shows), so a
 * later column added to a table does not change {@code SELECT *}; {@code query} is that text parsed again (when
 * created or loaded). {@code sourceText} is the SELECT as written. The view shares the table name space of its
 * database.
 *
 * @param columns         the view's column names: the column list, else the select list's names
 * @param updatable       IS_UPDATABLE: MySQL's rules of 27.5.3 Updatable and Insertable Views
 * @param createdSeconds  creation time, seconds since the epoch
 */
public record ViewDef(String schema, String name, String definerUser, String definerHost, boolean securityInvoker,
                      ViewAlgorithm algorithm, ViewCheckOption checkOption, List<String> columns,
                      boolean explicitColumns, String definitionText, String sourceText, long sqlMode,
                      String characterSetClient, String collationConnection, long createdSeconds, boolean updatable,
                      Query query) {
    public ViewDef {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(name);
        Objects.requireNonNull(definerUser);
        Objects.requireNonNull(definerHost);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(checkOption);
        columns = List.copyOf(columns);
        Objects.requireNonNull(definitionText);
        Objects.requireNonNull(sourceText);
        Objects.requireNonNull(query);
    }

    /** {@code user@host} as information_schema.VIEWS prints DEFINER. */
    public String definer() { return definerUser + "@" + definerHost; }
}
