package io.sprocket.sql.ast;

/** View definitions: CREATE [OR REPLACE] VIEW, ALTER VIEW, DROP VIEW. */
public sealed interface ViewStatement extends Statement permits CreateView, DropView {
}
