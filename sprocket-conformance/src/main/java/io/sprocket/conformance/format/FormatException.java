package io.sprocket.conformance.format;

/** A malformed {@code .test} file, reported as file:line. */
public final class FormatException extends RuntimeException {
    public FormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
