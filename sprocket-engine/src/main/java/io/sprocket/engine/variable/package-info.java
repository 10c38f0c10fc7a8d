/**
 * MySQL 8.0 system and status variables: the catalog of variable definitions (as data), the server-wide
 * {@link io.sprocket.engine.variable.GlobalVariables}, each session's
 * {@link io.sprocket.engine.variable.SessionVariables} with MySQL's SET / {@code @@x} semantics and errors,
 * SHOW VARIABLES / SHOW STATUS rows, and the status counters the server bumps.
 *
 * <p>The caller (the SET executor, the expression evaluator, SHOW) has already evaluated expressions; this
 * package only validates, converts, stores and renders. It depends on {@code engine.error} and
 * {@code engine.result} only and must not import the parser, catalog, storage or session implementation.
 */
package io.sprocket.engine.variable;
