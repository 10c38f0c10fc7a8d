package io.sprocket.sql.ast;

/** CREATE/ALTER DATABASE option kinds. */
public enum DatabaseOptionKind {
    CHARACTER_SET, COLLATE, ENCRYPTION, READ_ONLY
}
