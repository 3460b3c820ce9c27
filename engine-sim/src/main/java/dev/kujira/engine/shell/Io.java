package dev.kujira.engine.shell;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Is a command's three standard streams.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 */
record Io(InputStream in, PrintStream out, PrintStream err) {
}
