/**
 * The docker command line: the command table, flag parsing, help, errors and output. Sees the daemon only through {@code api}; never depends on {@code daemon}.
 */
package dev.kujira.engine.dockercli;
