package io.sprocket.engine.catalog;

import java.util.Objects;

/**
 * The outcome of a DDL statement: the catalog to publish after commit, the affected-row count, and the info text
 * of the OK packet ("Records: n  Duplicates: 0  Warnings: 0" for ALTER TABLE that copies rows), or null.
 */
public record DdlResult(Catalog catalog, long affectedRows, String info) {
    public DdlResult {
        Objects.requireNonNull(catalog);
    }
}
