/**
 * Authoring by demonstration: the author shows the solution in the REPL, goals are proposed from
 * the difference between the state before and after, and a lesson draft that lints is written.
 */
package dev.kujira.lessons.author;
