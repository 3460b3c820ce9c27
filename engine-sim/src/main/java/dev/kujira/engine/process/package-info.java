/**
 * Simulated processes: the program interface, the scheduler on the virtual clock, machines (pid namespaces) and signals. Must not depend on daemon, dockercli or shell.
 */
package dev.kujira.engine.process;
