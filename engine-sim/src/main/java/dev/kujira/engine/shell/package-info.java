/**
 * The POSIX shell (busybox ash in containers, bash's wording on the host): parser, word expansion, interpreter and builtins. Depends on process and fs.
 */
package dev.kujira.engine.shell;
