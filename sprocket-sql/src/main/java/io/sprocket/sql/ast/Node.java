package io.sprocket.sql.ast;

/**
 * Any node of the syntax tree. Every AST type is an immutable record or enum; the parser never consults a catalog.
 * Deliberately not sealed: the closed hierarchies are {@link Statement}, {@link Expression} and the smaller sealed
 * interfaces, so adding a helper record never touches this file.
 */
public interface Node {
}
