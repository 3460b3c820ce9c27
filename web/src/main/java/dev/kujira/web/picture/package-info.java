/**
 * The state picture: an SVG drawing of one engine's state (images as stacks of shared layers,
 * containers by state with their ports and mounts, networks with their members, volumes), with a
 * lesson's goal overlaid, and the same content as a plain-text outline for screen readers. Reads
 * only {@code Engine#state()}'s records ({@code dev.kujira.engine.api}) and, for the overlay, the
 * lessons' goal model. Every text drawn is escaped: names are the learner's input.
 */
package dev.kujira.web.picture;
