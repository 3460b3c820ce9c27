/**
 * The in-memory file system: immutable nodes with structural sharing, trees, mounts and per-process views. Depends on nothing of ours.
 */
package dev.kujira.engine.fs;
