package io.sprocket.sql.ast;

/** ALGORITHM = UNDEFINED | MERGE | TEMPTABLE of a view. */
public enum ViewAlgorithm { UNDEFINED, MERGE, TEMPTABLE }
