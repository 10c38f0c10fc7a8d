/**
 * MySQL 8.0 SQL front end: {@link io.sprocket.sql.Lexer} (tokens), {@link io.sprocket.sql.Keywords} (the keyword
 * table as data), the recursive-descent {@link io.sprocket.sql.Parser} split by statement family over one
 * {@link io.sprocket.sql.TokenCursor}, {@link io.sprocket.sql.SqlSyntaxException} (errors in MySQL's exact
 * format), and {@link io.sprocket.sql.SqlFormatter} (AST back to canonical SQL, as SHOW CREATE prints it).
 * Depends on nothing of ours; never reads a catalog.
 */
package io.sprocket.sql;
