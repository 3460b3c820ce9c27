/** The network commands (ls, create, inspect, rm, prune, connect, disconnect). Uses only {@code api}. */
package dev.kujira.engine.dockercli.network;
