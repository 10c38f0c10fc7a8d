/**
 * One client connection: the handshake (TLS upgrade, authentication) and the command loop that maps COM_*
 * packets onto the engine's Session.
 */
package io.sprocket.server.connection;
