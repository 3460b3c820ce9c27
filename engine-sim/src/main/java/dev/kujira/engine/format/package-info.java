/**
 * Docker's output helpers: Go's tabwriter, go-units sizes and durations, the --format formatter,
 * and the RFC 3339 timestamps the daemon writes ({@code Times}).
 */
package dev.kujira.engine.format;
