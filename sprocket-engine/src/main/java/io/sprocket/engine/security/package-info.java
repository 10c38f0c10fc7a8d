/**
 * Accounts and privileges.
 *
 * <p>Authentication: {@link io.sprocket.engine.security.AccountStore} (key space 0x04) and
 * {@link io.sprocket.engine.security.PasswordHashes}.
 *
 * <p>Privileges, MySQL 8.0's model as pure data (no session wiring):
 * <ul>
 *   <li>{@link io.sprocket.engine.security.Privilege} / {@link io.sprocket.engine.security.PrivilegeSet}: the static
 *       privileges, their levels and canonical order; {@link io.sprocket.engine.security.DynamicPrivileges}: the
 *       dynamic ones (global only, own grant option).</li>
 *   <li>{@link io.sprocket.engine.security.Grants}: an immutable, versioned snapshot of every account's grant rows
 *       ({@link io.sprocket.engine.security.AccountGrants}) with the GRANT/REVOKE/DROP USER/RENAME USER/role rules.</li>
 *   <li>{@link io.sprocket.engine.security.GrantStore}: the snapshot in the store under key space 0x07, one key per
 *       row, written as a diff inside the statement's transaction.</li>
 *   <li>{@link io.sprocket.engine.security.EffectivePrivileges}: what an account with a set of active roles may do,
 *       precomputed for fast checks and visibility filtering.</li>
 *   <li>{@link io.sprocket.engine.security.GrantsText} (SHOW GRANTS) and
 *       {@link io.sprocket.engine.security.PrivilegeRows} (SHOW PRIVILEGES).</li>
 * </ul>
 */
package io.sprocket.engine.security;
