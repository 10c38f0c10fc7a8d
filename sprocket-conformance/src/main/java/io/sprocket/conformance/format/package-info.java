/**
 * The {@code .test} file format: the record model, its parser and its writer (used by record and
 * mark-knownfail to rewrite files while keeping comments and modifiers). Pure text handling; imports no
 * target, no JDBC and no engine class.
 */
package io.sprocket.conformance.format;
