/** The server process: the launcher's main, the TCP listener and its configuration. */
package io.sprocket.server;
