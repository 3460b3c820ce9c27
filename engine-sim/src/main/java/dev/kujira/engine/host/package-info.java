/**
 * The learner's simulated machine: its files, its shell and tools, and the docker client installed on it.
 */
package dev.kujira.engine.host;
