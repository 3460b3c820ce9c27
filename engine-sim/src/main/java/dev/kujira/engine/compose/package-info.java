/**
 * Compose: the compose file (YAML, the compose specification's common keys) and the project
 * operations of {@code docker compose}. A client of the engine API, as the real compose is of the
 * daemon; never depends on the daemon.
 */
package dev.kujira.engine.compose;
