/**
 * The engine's facade: one {@link dev.kujira.engine.Engine} per learner session, and its options. Clients (cli, lessons, web) use only this package and {@code api}.
 */
package dev.kujira.engine;
