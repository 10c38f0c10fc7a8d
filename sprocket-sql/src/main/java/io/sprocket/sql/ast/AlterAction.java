package io.sprocket.sql.ast;

/** One action of ALTER TABLE. */
public sealed interface AlterAction extends Node permits AddColumns, AddIndex, AddCheckConstraint, AddForeignKey, DropColumn, DropKey, DropPrimaryKey, DropForeignKey, DropCheckConstraint, DropConstraint, ModifyColumn, ChangeColumn, RenameColumn, RenameIndex, RenameTo, AlterColumnDefault, AlterColumnVisibility, AlterIndexVisibility, AlterConstraintEnforcement, SetTableOptions, ConvertToCharset, AlterTableClause {
}
