/**
 * The busybox applets as simulated programs, shared by containers and the learner's host, and in
 * front of them the GNU tools of Debian's and Ubuntu's images and the learner's Debian host
 * (GNU's option parsing, {@code --help}/{@code --version} texts and usage errors, GNU tar, bash's
 * long options). The tools' texts are resources captured from the real programs
 * (tests/tools/gnu-texts/capture.sh). Depends on process, fs and shell's echo/printf/test.
 */
package dev.kujira.engine.process.busybox;
