/**
 * The volume commands (create, ls, rm, inspect). Uses only {@code api}.
 */
package dev.kujira.engine.dockercli.volume;
