/** A stand-in engine (accounts and sessions with a tiny query language) for protocol tests with real clients. */
package io.sprocket.server.fake;
