package dev.kujira.engine.api;

/**
 * Is what one command line printed and how it ended.
 *
 * @param stdout what went to standard output
 * @param stderr what went to standard error
 * @param output both, interleaved in the order written (as a terminal shows them)
 * @param exitCode the exit status
 */
public record CommandResult(String stdout, String stderr, String output, int exitCode) {
}
