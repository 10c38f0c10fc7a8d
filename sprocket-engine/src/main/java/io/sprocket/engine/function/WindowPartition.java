package io.sprocket.engine.function;

/**
 * The executor's view of one sorted partition as seen from the current row: its size, the function's
 * argument values per row, ORDER BY peer groups and the current row's frame. Row indexes are 0-based.
 */
public interface WindowPartition {
    int size();

    /** How many arguments the window function call has (LAG/LEAD's offset and default are optional). */
    int argumentCount();

    /** The evaluated argument {@code index} of the window function for partition row {@code row}. */
    Object argument(int row, int index);

    /** Whether two rows are peers (equal in the window's ORDER BY; all rows are peers without ORDER BY). */
    boolean peers(int row, int other);

    /** First row of the current row's frame (inclusive). */
    int frameStart(int row);

    /** One past the last row of the current row's frame; equal to frameStart when the frame is empty. */
    int frameEnd(int row);
}
