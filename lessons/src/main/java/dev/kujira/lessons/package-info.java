/**
 * Guided lessons whose goals are checked on engine snapshots (a later issue). Uses only
 * dev.kujira.engine and its api.
 */
package dev.kujira.lessons;
