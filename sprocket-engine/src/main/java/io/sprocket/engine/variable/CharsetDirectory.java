package io.sprocket.engine.variable;

import java.util.Optional;

/**
 * The character sets and collations the charset/collation variables may name. A small built-in table
 * ({@link BuiltinCharsets}) serves until the engine's real collation catalog implements this interface.
 */
public interface CharsetDirectory {

    /** A character set: its canonical name, default collation and whether a client may use it for its text. */
    record Charset(String name, String defaultCollation, int maxBytesPerChar, boolean clientSafe) {}

    /** A collation: canonical name, id (as in the protocol) and its character set. */
    record Collation(String name, int id, String charset) {}

    /** By name in any case, resolving aliases (utf8 is utf8mb3 in MySQL 8.0). */
    Optional<Charset> charset(String name);

    /** By name in any case, resolving aliases (utf8_general_ci is utf8mb3_general_ci). */
    Optional<Collation> collation(String name);

    Optional<Collation> collation(int id);
}
