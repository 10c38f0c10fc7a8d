/**
 * Authentication plugins (mysql_native_password, caching_sha2_password with its fast-path cache and RSA key
 * exchange) checked against the engine's AccountDirectory. Knows packets only through AuthExchange.
 */
package io.sprocket.server.auth;
