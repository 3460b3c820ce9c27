/**
 * The package managers learners meet in Dockerfiles and containers: Alpine's apk, Debian and
 * Ubuntu's apt-get, Python's pip and Node's npm. Each installs the files and executables a real
 * install would (from a small built-in catalog of popular packages), prints the progress lines
 * the real tool prints without a terminal, fails on unknown packages as it does, and needs the
 * network the real one needs.
 */
package dev.kujira.engine.process.packages;
