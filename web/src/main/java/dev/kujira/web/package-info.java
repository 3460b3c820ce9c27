/**
 * The web app ({@code ./kujira web}): lessons in the browser beside a real terminal running the
 * same REPL as {@code ./kujira}, a sandbox, progress. {@link dev.kujira.web.WebServer} starts it.
 * Uses only dev.kujira.engine, its api, and lessons.
 */
package dev.kujira.web;
