/**
 * The conformance command line: {@code run}, {@code record}, {@code diff} and {@code mark-knownfail} over
 * {@code .test} files (see docs/conformance.md). The format, targets and runner live in sub-packages.
 */
package io.sprocket.conformance;
