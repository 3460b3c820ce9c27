/**
 * The JSON API the pages call (lesson status, hints, reset, undo, solution, the picture, share
 * links).
 */
package dev.kujira.web.api;
