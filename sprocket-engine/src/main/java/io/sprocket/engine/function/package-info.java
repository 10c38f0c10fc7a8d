/**
 * MySQL 8.0's built-in function library: the {@link io.sprocket.engine.function.FunctionRegistry} the analyzer
 * binds calls against (arity with error 1582, {@link io.sprocket.engine.function.ResultTypeRule result type},
 * determinism), the scalar implementations grouped by family, aggregate
 * {@link io.sprocket.engine.function.Accumulator accumulators} and per-partition
 * {@link io.sprocket.engine.function.WindowEvaluator window evaluators}.
 *
 * <p>Values follow the engine-wide representation of {@code io.sprocket.engine.type}: NULL is {@code null},
 * integers {@code Long} (unsigned above Long.MAX_VALUE as {@code BigInteger}), DECIMAL {@code BigDecimal},
 * DOUBLE {@code Double}, character strings {@code String}, binary strings {@code byte[]}, temporals
 * {@code SqlDate}/{@code SqlDateTime}/{@code SqlTime}, JSON {@code JsonValue}. Session state reaches functions
 * only through {@link io.sprocket.engine.function.FunctionContext}.
 *
 * <p>How the parser's special syntax maps onto registry names (arguments in this order):
 * <ul>
 *   <li>{@code TRIM([BOTH|LEADING|TRAILING] [r] FROM s)}: trim_both / trim_leading / trim_trailing (s[, r])</li>
 *   <li>{@code a LIKE b [ESCAPE e]}: like(a, b[, e]); {@code a REGEXP b}: regexp(a, b)</li>
 *   <li>{@code POSITION(a IN b)}: position(a, b)</li>
 *   <li>{@code DATE_ADD(d, INTERVAL v unit)} and DATE_SUB / ADDDATE / SUBDATE: date_add(d, v, 'UNIT');
 *       {@code EXTRACT(unit FROM d)}: extract('UNIT', d); TIMESTAMPADD / TIMESTAMPDIFF take 'UNIT' first</li>
 *   <li>{@code GET_FORMAT(DATE, 'EUR')}: get_format('DATE', 'EUR')</li>
 *   <li>{@code doc->path}: json_extract(doc, path); {@code doc->>path}: json_unquote(json_extract(doc, path));
 *       {@code v MEMBER OF (doc)}: member_of(v, doc)</li>
 *   <li>IF / IFNULL / COALESCE are eager here; the expression compiler should short-circuit them itself</li>
 * </ul>
 *
 * <p>This package must not import the analyzer, planner, executor or session packages: they call into it.
 */
package io.sprocket.engine.function;
