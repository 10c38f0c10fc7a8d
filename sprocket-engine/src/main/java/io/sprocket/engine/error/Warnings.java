package io.sprocket.engine.error;

/**
 * Where expression evaluation and writes report non-fatal conditions (truncation, out-of-range in non-strict
 * mode, ...). The session's diagnostics area implements it; code that converts values takes one explicitly.
 */
public interface Warnings {
    void add(Condition condition);

    default void warn(ErrorCode code, Object... args) {
        add(Condition.warning(code, args));
    }

    default void note(ErrorCode code, Object... args) {
        add(Condition.note(code, args));
    }

    /** Discards everything: for evaluation whose warnings MySQL does not report (e.g. constant folding). */
    Warnings IGNORE = condition -> { };
}
