package io.sprocket.engine.security;

/**
 * Where a privilege can be granted (the "Permissible Static Privileges for GRANT and REVOKE" table of the MySQL 8.0
 * manual): {@code ON *.*}, {@code ON db.*}, {@code ON db.tbl}, {@code priv (col, ...) ON db.tbl},
 * {@code ON PROCEDURE|FUNCTION db.name}, and {@code GRANT PROXY ON 'u'@'h'}.
 */
public enum PrivilegeLevel {
    GLOBAL,
    DATABASE,
    TABLE,
    COLUMN,
    ROUTINE,
    PROXY
}
