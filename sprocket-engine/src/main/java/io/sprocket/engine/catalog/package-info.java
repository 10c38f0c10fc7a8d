/**
 * The catalog: immutable, versioned snapshots of databases and tables ({@link io.sprocket.engine.catalog.Catalog}),
 * their persistence in the key-value store ({@link io.sprocket.engine.catalog.CatalogStore}), DDL execution
 * ({@link io.sprocket.engine.catalog.DdlExecutor}) and SHOW CREATE text
 * ({@link io.sprocket.engine.catalog.ShowCreate}).
 *
 * <h2>Key layout of the store</h2>
 * <pre>
 * 0x01                                  meta: format version, next table id, catalog version (varints)
 * 0x02 name                             a database (name as an escaped UTF-8 key field)
 * 0x03 schema name                      a table definition (compact binary form, expressions as AST)
 * 0x04 ...                              reserved: accounts and grants (engine security)
 * 0x05 tableId(8) kind(1)               counters per table: 0x01 AUTO_INCREMENT, 0x02 hidden row id
 *                                       (8-byte big-endian, maintained with KvStore.increment, never rolled back)
 * 0x06 schema kind:lowername            stored procedures and functions (metadata + CREATE text, re-parsed on load)
 * 0x10 tableId(8) 0x01 pk               a row: the encoded primary key (or 8-byte hidden row id) -> RowCodec row
 * 0x10 tableId(8) indexId(1) parts pk   a secondary index entry -> the row's locator (pk bytes); a UNIQUE
 *                                       entry without NULL parts omits the trailing pk (one key per value)
 * </pre>
 * Catalog writes happen in the DDL statement's transaction, so a DDL and its data changes commit together. A DDL
 * that reshapes rows (ALTER TABLE, TRUNCATE) moves the table to a fresh id and deletes the old id's keys.
 *
 * <p>Depends on the type, row, error packages, sprocket-sql's AST and the storage contract; must not import the
 * session, planner or executor: the engine calls in through {@link io.sprocket.engine.catalog.DdlContext}.
 */
package io.sprocket.engine.catalog;
