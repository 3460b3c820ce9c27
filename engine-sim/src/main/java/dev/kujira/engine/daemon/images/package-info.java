/**
 * The daemon's images (moby daemon/images, distribution and registry): list, inspect, history,
 * tag, remove and prune; pull and push through the simulated Docker Hub or a {@code registry:2}
 * container reached over the simulated network; save and load archives. {@code LocalImages} owns
 * the image store, the pull digests and what the learner pushed to the Hub, with its snapshot;
 * {@code ImageErrors} builds every error of this package. It sees the daemon only through
 * {@code ImageDaemon}.
 */
package dev.kujira.engine.daemon.images;
