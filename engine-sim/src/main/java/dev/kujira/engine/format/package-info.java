/**
 * Docker's output helpers: Go's tabwriter, go-units sizes and durations, and the --format formatter.
 */
package dev.kujira.engine.format;
