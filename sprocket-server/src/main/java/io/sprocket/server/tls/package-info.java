/** TLS for client connections: the auto-generated server certificate and the socket upgrade after SSLRequest. */
package io.sprocket.server.tls;
