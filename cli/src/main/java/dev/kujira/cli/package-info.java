/**
 * The ./kujira launcher: the REPL and script mode. Uses only dev.kujira.engine and its api.
 */
package dev.kujira.cli;
