/**
 * The MySQL client/server wire format: packet framing, payload encoding, OK/ERR/EOF and column definitions,
 * text and binary result rows, binary parameters. No sockets, threads or sessions live here.
 */
package io.sprocket.server.protocol;
