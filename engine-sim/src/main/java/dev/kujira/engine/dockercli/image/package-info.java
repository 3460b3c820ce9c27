/**
 * The image commands (images, pull, tag, rmi, history, load, inspect, prune). Uses only {@code api}, {@code format} and {@code gotemplate}.
 */
package dev.kujira.engine.dockercli.image;
