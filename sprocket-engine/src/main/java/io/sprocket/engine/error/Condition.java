package io.sprocket.engine.error;

/** One entry of the diagnostics area (SHOW WARNINGS / SHOW ERRORS): level Note, Warning or Error. */
public record Condition(Level level, int errno, String sqlState, String message, java.util.Map<String, String> items) {
    /**
     * A condition without SIGNAL items. {@code items} holds the condition information items a SIGNAL or RESIGNAL
     * set (CLASS_ORIGIN, TABLE_NAME, ...), for GET DIAGNOSTICS; null for conditions the server raised.
     */
    public Condition(Level level, int errno, String sqlState, String message) {
        this(level, errno, sqlState, message, null);
    }

    public enum Level {
        NOTE("Note"), WARNING("Warning"), ERROR("Error");
        private final String text;
        Level(String text) { this.text = text; }
        public String text() { return text; }
    }

    public static Condition warning(ErrorCode code, Object... args) {
        return new Condition(Level.WARNING, code.errno(), code.sqlState(), code.message(args));
    }

    public static Condition note(ErrorCode code, Object... args) {
        return new Condition(Level.NOTE, code.errno(), code.sqlState(), code.message(args));
    }

    public static Condition error(SqlException e) {
        return new Condition(Level.ERROR, e.errno(), e.sqlState(), e.getMessage(), e.conditionItems());
    }
}
