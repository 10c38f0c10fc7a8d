/**
 * The immutable syntax tree produced by {@link io.sprocket.sql.Parser}: records and enums only, no behaviour
 * beyond validation and small lookups. Names are kept as written (case and quoting resolved, nothing bound);
 * the engine's analyzer binds them. Imports nothing outside the JDK.
 *
 * <p>Nullable record components are documented with {@code @param name nullable}; every list is non-null and
 * unmodifiable. New statement kinds are added as records in an existing family or as a new sealed family of
 * {@link io.sprocket.sql.ast.Statement} (account, routine and compound statements come later).
 */
package io.sprocket.sql.ast;
