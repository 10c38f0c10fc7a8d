package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code RENAME USER old TO new [, old TO new] ...}.
 */
public record RenameUser(List<Rename> renames) implements AccountStatement {
    public RenameUser {
        renames = List.copyOf(renames);
    }
}
