package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [OR REPLACE] [ALGORITHM = a] [DEFINER = account] [SQL SECURITY s] VIEW [db.]name [(cols)] AS query
 * [WITH [CASCADED | LOCAL] CHECK OPTION]}, and ALTER VIEW with the same clauses ({@code alter} true; MySQL keeps
 * the old ALGORITHM, DEFINER and SQL SECURITY for the clauses ALTER omits).
 *
 * @param algorithm       nullable: omitted
 * @param definerGiven    whether a DEFINER clause was written
 * @param definer         nullable: null when omitted or written as CURRENT_USER (the current account)
 * @param invokerSecurity nullable: null when SQL SECURITY is omitted
 * @param queryText       the query's exact source text
 * @param into            whether the query has an INTO clause (a view cannot: 1350)
 */
public record CreateView(boolean alter, boolean orReplace, ViewAlgorithm algorithm, boolean definerGiven,
                         AccountRef definer, Boolean invokerSecurity, ObjectName name, List<String> columns,
                         Query query, String queryText, boolean into, ViewCheckOption checkOption)
        implements ViewStatement {
    public CreateView {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(queryText, "queryText");
        Objects.requireNonNull(checkOption, "checkOption");
    }
}
