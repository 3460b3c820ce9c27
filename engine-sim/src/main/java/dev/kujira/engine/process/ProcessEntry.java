package dev.kujira.engine.process;

import java.util.List;

/**
 * Is one row of a machine's process table, what {@code ps}, {@code top} and {@code docker top}
 * read: the kernel's view of a process, not the program's.
 *
 * @param pid the process id in the machine's pid namespace
 * @param ppid the parent's id (0 for a container's first process)
 * @param user the user name (or numeric id) the process runs as
 * @param comm the command name (the kernel's {@code comm}: the program's file name)
 * @param args the command line ({@code /proc/PID/cmdline}); a busybox applet the shell runs
 *     without exec keeps the shell's, so {@code ps} shows {@code {ps} sh -c …}
 * @param started when it started, epoch milliseconds of the virtual clock
 */
public record ProcessEntry(int pid, int ppid, String user, String comm, List<String> args, long started) {
}
