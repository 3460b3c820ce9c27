/**
 * The daemon's networks (moby daemon/network.go over libnetwork): the predefined bridge, host and
 * none networks and user networks with their IPAM, endpoints and aliases; published ports and the
 * ephemeral port allocator; a container's view of the network (its /etc/hosts and the embedded
 * DNS) and the host's; the traced path of one request. {@code NetworkStore} owns the networks,
 * the pools, the port allocator and the listening programs, with its snapshot;
 * {@code NetworkErrors} builds every error of this package. It sees the daemon only through
 * {@code NetworkDaemon}.
 */
package dev.kujira.engine.daemon.network;
