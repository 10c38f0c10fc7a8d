package io.sprocket.sql;

import io.sprocket.sql.ast.Select;
import io.sprocket.sql.ast.SetVariables;
import io.sprocket.sql.ast.SourceSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Multi-statement text, statement spans, executable comments and the empty query. */
class ScriptTest {

    @Test
    void parseNextWalksStatementsOneByOne() {
        String sql = "SELECT 1 ;  SET @a = 2;\n  SELECT ?  ";
        ParsedStatement first = Parser.parseNext(sql, 0).orElseThrow();
        assertThat(first.statement()).isInstanceOf(Select.class);
        assertThat(first.sourceText()).isEqualTo("SELECT 1");
        assertThat(first.span()).isEqualTo(new SourceSpan(0, 8));
        ParsedStatement second = Parser.parseNext(sql, first.nextOffset()).orElseThrow();
        assertThat(second.statement()).isInstanceOf(SetVariables.class);
        assertThat(second.sourceText()).isEqualTo("SET @a = 2");
        ParsedStatement third = Parser.parseNext(sql, second.nextOffset()).orElseThrow();
        assertThat(third.sourceText()).isEqualTo("SELECT ?");
        assertThat(third.parameterCount()).isEqualTo(1);
        assertThat(Parser.parseNext(sql, third.nextOffset())).isEmpty();
    }

    @Test
    void parseScriptCollectsAll() {
        List<ParsedStatement> all = Parser.parseScript("SELECT 1; SELECT 2; -- trailing comment\n");
        assertThat(all).extracting(ParsedStatement::sourceText).containsExactly("SELECT 1", "SELECT 2");
        assertThatThrownBy(() -> Parser.parseScript("  ")).isInstanceOf(EmptyQueryException.class);
    }

    @Test
    void trailingSemicolonIsAllowedForASingleStatement() {
        assertThat(Parser.parse("SELECT 1;")).isInstanceOf(Select.class);
        assertThat(Parser.parse("SELECT 1 ; -- done")).isInstanceOf(Select.class);
    }

    @Test
    void trailingSemicolonsAndSpacesAreDroppedLikeMysql() {
        assertThat(Parser.parseScript("SELECT 1;;  ;\n")).hasSize(1);
        assertThatThrownBy(() -> Parser.parse("SELECT 1 FROM;"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEmpty());
        // an empty statement in the middle is still an error (oracle: near ';SELECT 2')
        ParsedStatement first = Parser.parseNext("SELECT 1; ;SELECT 2", 0).orElseThrow();
        assertThatThrownBy(() -> Parser.parseNext("SELECT 1; ;SELECT 2", first.nextOffset()))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo(";SELECT 2"));
        assertThatThrownBy(() -> Parser.parseNext("SELECT 1 FROM; SELECT 2", 0))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo("; SELECT 2"));
    }

    @Test
    void unterminatedCommentRunsToTheEnd() {
        assertThat(Parser.parse("SELECT 1 /* no end")).isInstanceOf(Select.class);
        assertThatThrownBy(() -> Parser.parse("/* only an open comment")).isInstanceOf(EmptyQueryException.class);
    }

    @Test
    void executableCommentsAreParsed() {
        assertThat(Parser.parse("/*!40101 SET @a = 1 */")).isInstanceOf(SetVariables.class);
        assertThat(Parser.parse("SELECT /*!80000 1 + */ 1")).isInstanceOf(Select.class);
        assertThat(Parser.parse("/*!99999 this is skipped */ SELECT 1")).isInstanceOf(Select.class);
        List<ParsedStatement> dump = Parser.parseScript("/*!40101 SET @a = 1 */;\n/*!40014 SET @b = 2 */;");
        assertThat(dump).hasSize(2);
    }

    @Test
    void parsesIdentifiersInUnicodeAndKeepsCase() {
        Select s = (Select) Parser.parse("SELECT Größe FROM Tabelle");
        assertThat(s.query().toString()).contains("Größe").contains("Tabelle");
    }
}
