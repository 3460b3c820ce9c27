/**
 * The lesson commands of {@code ./kujira}: {@code learn} (lessons in the terminal) and
 * {@code lessons lint|test|stats} (authors' tools). Uses only dev.kujira.engine, its api and the
 * lessons module.
 */
package dev.kujira.cli.learn;
