package dev.kujira.engine.daemon.network;

import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.api.ErrorKind;
import java.util.List;

/**
 * Builds every error of the daemon's networks, worded as moby's (daemon/network.go, libnetwork)
 * and pinned by the conformance transcripts.
 */
public final class NetworkErrors {
  private NetworkErrors() {
  }

  public static EngineException notFound(String ref) {
    return new EngineException(ErrorKind.NOT_FOUND, "network " + ref + " not found");
  }

  /** The daemon's IPAMConfig validation (moby api/types/network ipam.go): every fault, joined under one heading. */
  public static EngineException invalidConfig(List<String> faults) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid network config:\n" + String.join("\n", faults));
  }

  public static EngineException nameInUse(String name) {
    return new EngineException(ErrorKind.CONFLICT, "network with name " + name + " already exists");
  }

  /** An overlay network needs a swarm, which the simulated daemon never joins. */
  public static EngineException notSwarmManager() {
    return new EngineException(ErrorKind.FORBIDDEN, "This node is not a swarm manager. Use \"docker swarm init\" or "
        + "\"docker swarm join\" to connect this node to swarm and try again.");
  }

  public static EngineException poolOverlaps() {
    return new EngineException(ErrorKind.FORBIDDEN, "Pool overlaps with other one on this address space");
  }

  /** --ipv6 without an IPv6 subnet: Docker 26 has no default IPv6 pools (recorded). */
  public static EngineException noIpv6Pool() {
    return new EngineException(ErrorKind.FORBIDDEN,
        "could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network");
  }

  /** --ipam-driver other than default: the plugin lookup fails. */
  public static EngineException ipamPlugin(String name) {
    return new EngineException(ErrorKind.NOT_FOUND, "plugin \"" + name + "\" not found");
  }

  /** --scope swarm on a daemon in no swarm. */
  public static EngineException swarmScope() {
    return new EngineException(ErrorKind.FORBIDDEN, "cannot create a swarm scoped network when swarm is not active");
  }

  /** --ingress: swarm's routing mesh, a global network. */
  public static EngineException ingressScope() {
    return new EngineException(ErrorKind.FORBIDDEN, "Ingress network can only be global scope network");
  }

  /** A container on a --config-only network. */
  public static EngineException configOnlyEndpoint() {
    return new EngineException(ErrorKind.FORBIDDEN, "cannot create endpoint on configuration-only network");
  }

  /** Two subnets of one family: libnetwork's bridge driver takes one. */
  public static EngineException multipleSubnets() {
    return new EngineException(ErrorKind.FORBIDDEN, "bridge driver doesn't support multiple subnets");
  }

  public static EngineException poolsExhausted() {
    return new EngineException(ErrorKind.FORBIDDEN, "all predefined address pools have been fully subnetted");
  }

  public static EngineException predefined(String name) {
    return new EngineException(ErrorKind.FORBIDDEN, name + " is a pre-defined network and cannot be removed");
  }

  public static EngineException activeEndpoints(String name, String id) {
    return new EngineException(ErrorKind.FORBIDDEN, "error while removing network: network " + name + " id " + id
        + " has active endpoints");
  }

  public static EngineException aliasOnDefault() {
    return new EngineException(ErrorKind.INVALID_PARAMETER,
        "invalid endpoint settings:\nnetwork-scoped alias is supported only for containers in user defined networks");
  }

  /** The endpoint settings' validation (moby daemon/network.go validateEndpointSettings): one fault, or a "* " list. */
  public static EngineException invalidEndpoint(List<String> faults) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "invalid endpoint settings:\n" + (faults.size() == 1
        ? faults.get(0) : "* " + String.join("\n* ", faults)));
  }

  /** A requested address another endpoint holds (libnetwork ipam's ErrIPAlreadyAllocated). */
  public static EngineException addressInUse() {
    return new EngineException(ErrorKind.FORBIDDEN, "Address already in use");
  }

  public static EngineException endpointExists(String container, String network) {
    return new EngineException(ErrorKind.FORBIDDEN, "endpoint with name " + container + " already exists in network "
        + network);
  }

  /** moby's DisconnectFromNetwork for a container that is not running: a plain error, the name as given. */
  public static EngineException notConnectedStopped(String containerId, String network) {
    return new EngineException(ErrorKind.SYSTEM, "container " + containerId + " is not connected to the network "
        + network);
  }

  /** runconfig.ErrConflictSharedNetwork: a host-mode container cannot join another network. */
  public static EngineException sharedNamespace() {
    return new EngineException(ErrorKind.SYSTEM, "container sharing network namespace with another container or host"
        + " cannot be connected to any other network");
  }

  /** runconfig.ErrConflictNoNetwork: none mode takes no second network. */
  public static EngineException noneMode() {
    return new EngineException(ErrorKind.SYSTEM,
        "container cannot be connected to multiple networks with one of the networks in private (none) mode");
  }

  public static EngineException notConnected(String containerId, String network) {
    return new EngineException(ErrorKind.FORBIDDEN, "container " + containerId + " is not connected to network "
        + network);
  }

  /**
   * The session's cap on its networks (process/Limits): a real daemon's disk would fill first; the
   * text says which cap and how to make room.
   */
  public static EngineException tooMany(int cap) {
    return new EngineException(ErrorKind.INVALID_PARAMETER, "no space left on device: this session may hold at most "
        + cap + " networks (kujira's limit); remove some with docker network rm or docker network prune");
  }
}
