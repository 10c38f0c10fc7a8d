/**
 * MySQL 8.0's type system and value semantics: types ({@link io.sprocket.engine.type.SqlType}), collations,
 * conversions, comparison, arithmetic, store assignment and text output.
 *
 * <h2>Value representation (engine-wide)</h2>
 * Every layer above storage passes SQL values as plain Java objects:
 * <ul>
 *   <li>SQL NULL: Java {@code null}</li>
 *   <li>all integer types (signed and unsigned, YEAR too): {@link java.lang.Long}; an unsigned BIGINT above
 *       {@code Long.MAX_VALUE} is a {@link java.math.BigInteger} (never used for values that fit a long)</li>
 *   <li>DECIMAL: {@link java.math.BigDecimal} (its scale is the value's scale)</li>
 *   <li>FLOAT and DOUBLE: {@link java.lang.Double} (FLOAT values are rounded to float precision on store)</li>
 *   <li>character strings (CHAR, VARCHAR, TEXT), ENUM and SET: {@link java.lang.String}; the row codec stores
 *       ENUM/SET as index/bitmask via {@link io.sprocket.engine.type.EnumSets}</li>
 *   <li>binary strings (BINARY, VARBINARY, BLOB): {@code byte[]}, never mutated once created</li>
 *   <li>BIT(n): {@link io.sprocket.engine.type.BitValue} (the bits in a long plus the width), because a BIT is a
 *       number in numeric context and a binary string on the wire</li>
 *   <li>DATE: {@link io.sprocket.engine.type.SqlDate}; DATETIME and TIMESTAMP:
 *       {@link io.sprocket.engine.type.SqlDateTime} (microseconds; TIMESTAMP time-zone conversion is the
 *       session's job); TIME: {@link io.sprocket.engine.type.SqlTime} (signed, up to 838:59:59.999999).
 *       Zero dates and zero parts are representable as MySQL allows them.</li>
 *   <li>JSON: {@link io.sprocket.engine.type.JsonValue}</li>
 * </ul>
 * {@link io.sprocket.engine.type.Values#toWire} turns any of these into the wire value types of
 * {@link io.sprocket.engine.result.RowStream}.
 *
 * <h2>Known approximations</h2>
 * <ul>
 *   <li>The UCA 9.0.0 collations (utf8mb4_0900_ai_ci, _as_cs) and utf8mb4_unicode_ci use weights derived from
 *       java.text.Normalizer (case folding, accent stripping, common expansions) with DUCET's ASCII order; scripts
 *       beyond Latin sort by code point. latin1_swedish_ci and ascii_general_ci reuse general_ci folding.</li>
 *   <li>Decimal division keeps exactly scale + div_precision_increment digits; MySQL keeps whole 9-digit words
 *       internally, so chained expressions such as {@code 1/7*7} can differ in the last digit.</li>
 *   <li>TIMESTAMP range and time-zone conversion are the session's job; store assignment treats TIMESTAMP as
 *       DATETIME.</li>
 * </ul>
 *
 * <p>This package depends only on {@code io.sprocket.engine.error} and {@code io.sprocket.engine.result}; it must
 * not import the catalog, executor, session or storage.
 */
package io.sprocket.engine.type;
