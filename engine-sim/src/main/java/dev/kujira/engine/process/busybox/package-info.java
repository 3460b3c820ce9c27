/**
 * The busybox applets as simulated programs, shared by containers and the learner's host. Depends on process, fs and shell's echo/printf/test.
 */
package dev.kujira.engine.process.busybox;
