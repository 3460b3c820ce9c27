/**
 * The daemon's list filters (moby api/types/filters): which {@code --filter} keys each list
 * accepts and the label terms several lists share; {@code FilterErrors} builds their errors.
 * Below images, network, volume and the daemon, which all filter.
 */
package dev.kujira.engine.daemon.filters;
