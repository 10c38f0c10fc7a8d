package io.sprocket.sql.ast;

/** The OVER target of a window function: a named window or an inline specification. */
public sealed interface WindowReference extends Node permits NamedWindowReference, WindowSpecification {
}
