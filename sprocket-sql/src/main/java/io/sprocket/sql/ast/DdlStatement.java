package io.sprocket.sql.ast;

/** Schema-changing statements (databases, tables, indexes). */
public sealed interface DdlStatement extends Statement permits CreateDatabase, AlterDatabase, DropDatabase, CreateTable, AlterTable, DropTable, RenameTable, TruncateTable, CreateIndex, DropIndex {
}
