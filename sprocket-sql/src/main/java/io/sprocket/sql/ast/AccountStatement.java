package io.sprocket.sql.ast;

/**
 * Account management: CREATE/ALTER/DROP/RENAME USER, CREATE/DROP ROLE, GRANT, REVOKE, SET PASSWORD, SET ROLE and
 * SET DEFAULT ROLE. Where a list element or an account component is null it stands for CURRENT_USER.
 */
public sealed interface AccountStatement extends Statement permits CreateUser, AlterUser, DropUser, RenameUser,
        SetPassword, Grant, GrantRole, Revoke, RevokeAll, RevokeRole, CreateRole, DropRole, SetRole, SetDefaultRole {
}
