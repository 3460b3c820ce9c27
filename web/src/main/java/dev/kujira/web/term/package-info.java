/**
 * The browser's terminal: a WebSocket per terminal carrying keys in and screen bytes out, the
 * {@link dev.kujira.web.term.TerminalProgram} it runs (the cli's REPL, handed in by dependency
 * inversion) and the {@link dev.kujira.web.term.Workspace} the command lines run on.
 */
package dev.kujira.web.term;
