/**
 * Targets (backends) a conformance file runs against: the MariaDB oracle and our server over JDBC, and the engine
 * in-process through its Session API. Each target turns one SQL text into {@link io.sprocket.conformance.backend.Actual}
 * results rendered as the text the MySQL text protocol carries, so all targets compare the same strings.
 * Knows nothing of the file format or of expectations.
 */
package io.sprocket.conformance.backend;
