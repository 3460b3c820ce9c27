/**
 * Containers as the daemon keeps them (moby's container package): the {@code Container} record
 * with its state machine (every status change through its one transition method), restart
 * policies, logs, and the {@code ContainerStore} that owns a daemon's containers, resolves a
 * user's word to one and makes their snapshot.
 */
package dev.kujira.engine.container;
