package io.sprocket.engine.variable;

import java.util.ArrayList;
import java.util.List;

/** A compact way to write the catalog as data: one line per variable. */
final class Definitions {
    static final long ULONG_MAX = IntegerType.ULONGLONG_MAX;
    static final long UINT_MAX = 4294967295L;

    private final List<SystemVariable> list = new ArrayList<>();

    List<SystemVariable> list() {
        return list;
    }

    SystemVariable add(SystemVariable variable) {
        list.add(variable);
        return variable;
    }

    void bool(String name, Scope scope, boolean value) {
        add(new SystemVariable(name, scope, BooleanType.INSTANCE, value));
    }

    void boolReadOnly(String name, Scope scope, boolean value) {
        add(new SystemVariable(name, scope, BooleanType.INSTANCE, value).asReadOnly());
    }

    /** An unsigned integer with bounds. */
    void uint(String name, Scope scope, long value, long min, long max) {
        add(new SystemVariable(name, scope, IntegerType.unsigned(min, max), value));
    }

    void uintBlock(String name, Scope scope, long value, long min, long max, long block) {
        add(new SystemVariable(name, scope, IntegerType.unsigned(min, max).withBlockSize(block), value));
    }

    void uintReadOnly(String name, Scope scope, long value, long min, long max) {
        add(new SystemVariable(name, scope, IntegerType.unsigned(min, max), value).asReadOnly());
    }

    void sint(String name, Scope scope, long value, long min, long max) {
        add(new SystemVariable(name, scope, IntegerType.signed(min, max), value));
    }

    void string(String name, Scope scope, String value) {
        add(new SystemVariable(name, scope, value == null ? StringType.NULLABLE : StringType.NOT_NULL, value));
    }

    void stringReadOnly(String name, Scope scope, String value) {
        add(new SystemVariable(name, scope, value == null ? StringType.NULLABLE : StringType.NOT_NULL, value)
                .asReadOnly());
    }

    void enumeration(String name, Scope scope, String value, String... values) {
        add(new SystemVariable(name, scope, EnumType.of(values), value));
    }

    void enumerationReadOnly(String name, Scope scope, String value, String... values) {
        add(new SystemVariable(name, scope, EnumType.of(values), value).asReadOnly());
    }
}
