/**
 * The browser terminal's plumbing: the keyboard ({@link dev.kujira.web.term.KeyInput}) and screen
 * ({@link dev.kujira.web.term.ScreenOutput}) streams, the {@link dev.kujira.web.term.TerminalProgram}
 * a terminal runs (the cli's REPL, handed in by dependency inversion) and the
 * {@link dev.kujira.web.term.Workspace} its command lines run on. The WebSocket that carries them,
 * {@link dev.kujira.web.TerminalSocket}, lives beside the server, so this package depends on no
 * other web package.
 */
package dev.kujira.web.term;
