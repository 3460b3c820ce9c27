/**
 * Container vocabulary shared by the daemon: the state machine, restart policies, logs.
 */
package dev.kujira.engine.container;
