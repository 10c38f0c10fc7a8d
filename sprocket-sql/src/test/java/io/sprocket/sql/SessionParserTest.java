package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sprocket.sql.ExpressionParserTest.col;
import static io.sprocket.sql.ExpressionParserTest.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionParserTest {

    private static List<VariableAssignment> set(String sql) {
        return ((SetVariables) Parser.parse(sql)).assignments();
    }

    @Test
    void variables() {
        assertThat(set("SET @a = 1, @b := 2, @@x = 3, @@global.y = DEFAULT, GLOBAL z = 4, SESSION w = 5, LOCAL v = 6, "
                + "PERSIST p = 7, PERSIST_ONLY q = 8, r = ON")).containsExactly(
                new UserVariableAssignment("a", num(1)),
                new UserVariableAssignment("b", num(2)),
                new SystemVariableAssignment(VariableScope.DEFAULT, "x", num(3)),
                new SystemVariableAssignment(VariableScope.GLOBAL, "y", new DefaultValue(null)),
                new SystemVariableAssignment(VariableScope.GLOBAL, "z", num(4)),
                new SystemVariableAssignment(VariableScope.SESSION, "w", num(5)),
                new SystemVariableAssignment(VariableScope.SESSION, "v", num(6)),
                new SystemVariableAssignment(VariableScope.PERSIST, "p", num(7)),
                new SystemVariableAssignment(VariableScope.PERSIST_ONLY, "q", num(8)),
                new SystemVariableAssignment(VariableScope.UNQUALIFIED, "r", col("ON")));
        assertThat(set("SET autocommit = 0, sql_mode = 'ANSI'")).containsExactly(
                new SystemVariableAssignment(VariableScope.UNQUALIFIED, "autocommit", num(0)),
                new SystemVariableAssignment(VariableScope.UNQUALIFIED, "sql_mode", new StringLiteral("ANSI", null)));
    }

    @Test
    void accountSetStatementsAreNotMistakenForVariables() {
        assertThat(Parser.parse("SET PASSWORD = 'x'")).isInstanceOf(SetPassword.class);
        assertThat(Parser.parse("SET ROLE ALL")).isInstanceOf(SetRole.class);
        assertThat(Parser.parse("SET DEFAULT ROLE r TO u")).isInstanceOf(SetDefaultRole.class);
        assertThatThrownBy(() -> Parser.parse("SET RESOURCE GROUP g")).isInstanceOf(SqlSyntaxException.class);
    }

    @Test
    void namesAndCharacterSet() {
        assertThat(set("SET NAMES utf8mb4 COLLATE utf8mb4_bin")).containsExactly(new SetNames("utf8mb4", "utf8mb4_bin"));
        assertThat(set("SET NAMES 'latin1'")).containsExactly(new SetNames("latin1", null));
        assertThat(set("SET NAMES DEFAULT")).containsExactly(new SetNames(null, null));
        assertThat(set("SET CHARACTER SET utf8")).containsExactly(new SetCharacterSet("utf8mb3"));
        assertThat(set("SET CHARSET DEFAULT")).containsExactly(new SetCharacterSet(null));
    }

    @Test
    void transactions() {
        assertThat(Parser.parse("SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED"))
                .isEqualTo(new SetTransaction(VariableScope.UNQUALIFIED, IsolationLevel.READ_UNCOMMITTED, null));
        assertThat(Parser.parse("SET GLOBAL TRANSACTION READ ONLY, ISOLATION LEVEL REPEATABLE READ"))
                .isEqualTo(new SetTransaction(VariableScope.GLOBAL, IsolationLevel.REPEATABLE_READ, TransactionAccessMode.READ_ONLY));
        assertThat(Parser.parse("START TRANSACTION")).isEqualTo(new StartTransaction(false, null));
        assertThat(Parser.parse("START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT"))
                .isEqualTo(new StartTransaction(true, TransactionAccessMode.READ_ONLY));
        assertThat(Parser.parse("BEGIN WORK")).isEqualTo(new StartTransaction(false, null));
        assertThat(Parser.parse("COMMIT")).isEqualTo(new Commit(CompletionOption.DEFAULT, CompletionOption.DEFAULT));
        assertThat(Parser.parse("COMMIT WORK AND NO CHAIN NO RELEASE")).isEqualTo(new Commit(CompletionOption.NO, CompletionOption.NO));
        assertThat(Parser.parse("ROLLBACK AND CHAIN")).isEqualTo(new Rollback(CompletionOption.YES, CompletionOption.DEFAULT));
        assertThat(Parser.parse("ROLLBACK TO sp")).isEqualTo(new RollbackToSavepoint("sp"));
        assertThat(Parser.parse("ROLLBACK WORK TO SAVEPOINT sp")).isEqualTo(new RollbackToSavepoint("sp"));
        assertThat(Parser.parse("SAVEPOINT sp")).isEqualTo(new Savepoint("sp"));
        assertThat(Parser.parse("RELEASE SAVEPOINT sp")).isEqualTo(new ReleaseSavepoint("sp"));
    }

    @Test
    void preparedStatements() {
        assertThat(Parser.parse("PREPARE s FROM 'SELECT ?'")).isEqualTo(new Prepare("s", new StringLiteral("SELECT ?", null)));
        assertThat(Parser.parse("PREPARE s FROM @q")).isEqualTo(new Prepare("s", new UserVariable("q")));
        assertThat(Parser.parse("EXECUTE s USING @a, @b")).isEqualTo(new Execute("s", List.of("a", "b")));
        assertThat(Parser.parse("EXECUTE s")).isEqualTo(new Execute("s", List.of()));
        assertThat(Parser.parse("DEALLOCATE PREPARE s")).isEqualTo(new DeallocatePrepare("s"));
        assertThat(Parser.parse("DROP PREPARE s")).isEqualTo(new DeallocatePrepare("s"));
        assertThatThrownBy(() -> Parser.parse("EXECUTE s USING 1")).isInstanceOf(SqlSyntaxException.class);
    }
}
