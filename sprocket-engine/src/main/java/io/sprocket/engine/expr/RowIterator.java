package io.sprocket.engine.expr;

/** Rows produced by an operator; {@link #next()} returns null at the end. */
public interface RowIterator extends AutoCloseable {
    Object[] next();

    @Override
    default void close() { }

    RowIterator EMPTY = () -> null;
}
