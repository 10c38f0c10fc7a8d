package io.sprocket.sql.ast;

/** Quantifier of a subquery comparison (SOME is ANY). */
public enum Quantifier {
    ANY, ALL
}
