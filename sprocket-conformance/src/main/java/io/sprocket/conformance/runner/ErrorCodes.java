package io.sprocket.conformance.runner;

import io.sprocket.engine.error.ErrorCode;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Error codes as files write them: MySQL symbols from the engine's catalog, or plain numbers. */
public final class ErrorCodes {
    private ErrorCodes() {}

    private static final Map<Integer, String> SYMBOLS = Arrays.stream(ErrorCode.values())
            .collect(Collectors.toMap(ErrorCode::errno, ErrorCode::name, (a, b) -> a));
    private static final Map<String, Integer> NUMBERS = Arrays.stream(ErrorCode.values())
            .collect(Collectors.toMap(ErrorCode::name, ErrorCode::errno, (a, b) -> a));

    /** The errno a written code stands for; an unknown symbol is a file error. */
    public static int errno(String code) {
        if (code.chars().allMatch(Character::isDigit)) return Integer.parseInt(code);
        Integer errno = NUMBERS.get(code);
        if (errno == null) {
            throw new IllegalArgumentException("unknown error symbol " + code
                    + " (not in io.sprocket.engine.error.ErrorCode; write the number instead)");
        }
        return errno;
    }

    /** How record mode writes an errno: the symbol when the catalog has it. */
    public static String symbol(int errno) {
        return SYMBOLS.getOrDefault(errno, Integer.toString(errno));
    }
}
