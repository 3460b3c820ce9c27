/**
 * The container commands, one class per command. Uses only {@code api}, {@code format} and {@code gotemplate}.
 */
package dev.kujira.engine.dockercli.container;
