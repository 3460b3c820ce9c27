/**
 * The learner's own terminal as the engine uses it (raw keys, command mode, the window's width),
 * shared by the free REPL, {@code kujira learn} and the browser's terminal.
 */
package dev.kujira.cli.term;
