package io.sprocket.sql.ast;

/** The LIKE or WHERE filter of a SHOW statement. */
public sealed interface ShowFilter extends Node permits ShowLike, ShowWhere {
}
