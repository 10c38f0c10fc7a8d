package io.sprocket.sql.ast;

/** A scalar (or row) expression. Names are kept as written; resolution is the analyzer's job. */
public sealed interface Expression extends Node permits NullLiteral, BooleanLiteral, IntegerLiteral, DecimalLiteral, ApproximateLiteral, StringLiteral, HexLiteral, BitLiteral, TemporalLiteral, ColumnRef, UserVariable, SystemVariable, Parameter, AssignUserVariable, DefaultValue, ValuesReference, UnaryOperation, BinaryOperation, QuantifiedComparison, IsTest, Between, Like, Regexp, InList, InSubquery, MemberOf, Exists, ScalarSubquery, RowConstructor, CaseExpression, Collate, FunctionCall, AggregateCall, GroupConcat, WindowFunctionCall, Cast, ConvertUsing, Trim, Extract, DateArithmetic, TimestampAdd, TimestampDiff, CharFunction, GetFormat {
}
