package dev.kujira.engine.api;

import java.util.Map;

/**
 * Is {@code docker network create}'s request.
 *
 * @param name the network name
 * @param driver the driver ("" for bridge)
 * @param subnet the IPv4 subnet in CIDR form, or "" for the next default pool
 * @param ipRange the sub-range containers get addresses from ({@code --ip-range}), or ""
 * @param gateway the gateway address, or "" for the subnet's first
 * @param internal {@code --internal}: no route out of the network
 * @param labels {@code --label} entries
 * @param attachable {@code --attachable}: stored, as Docker stores it (it matters to swarm only)
 * @param options {@code -o} driver options, stored and shown under Options as given
 * @param ipv6 {@code --ipv6}: endpoints get an address of the IPv6 subnet too
 * @param subnet6 the IPv6 subnet given, or ""
 * @param ipRange6 the IPv6 ip-range given, or ""
 * @param gateway6 the IPv6 gateway given, or ""
 * @param manySubnets whether more than one subnet of a family was given (the bridge driver refuses that)
 * @param more the rarer options: IPAM driver, options and auxiliary addresses, scope, config-only networks
 */
public record NetworkCreateRequest(String name, String driver, String subnet, String ipRange, String gateway,
    boolean internal, Map<String, String> labels, boolean attachable, Map<String, String> options,
    boolean ipv6, String subnet6, String ipRange6, String gateway6, boolean manySubnets, More more) {

  /**
   * Is network create's rarer options.
   *
   * @param ipamDriver {@code --ipam-driver} ("" or "default": the only one here)
   * @param ipamOptions {@code --ipam-opt}, stored under IPAM.Options
   * @param auxAddresses {@code --aux-address}, the IPAM config's AuxiliaryAddresses of the subnet they lie in
   * @param scope {@code --scope} ("" for local)
   * @param configOnly {@code --config-only}: a configuration other networks take with --config-from
   * @param configFrom {@code --config-from}: the config-only network whose configuration this one takes
   * @param ingress {@code --ingress}: swarm's routing-mesh network
   */
  public record More(String ipamDriver, Map<String, String> ipamOptions, Map<String, String> auxAddresses,
      String scope, boolean configOnly, String configFrom, boolean ingress) {
    /** None of them. */
    public static final More NONE = new More("", Map.of(), Map.of(), "", false, "", false);
  }

  /** A request without the rarer options. */
  public NetworkCreateRequest(String name, String driver, String subnet, String ipRange, String gateway,
      boolean internal, Map<String, String> labels, boolean attachable, Map<String, String> options,
      boolean ipv6, String subnet6, String ipRange6, String gateway6, boolean manySubnets) {
    this(name, driver, subnet, ipRange, gateway, internal, labels, attachable, options, ipv6, subnet6, ipRange6,
        gateway6, manySubnets, More.NONE);
  }

  /** Copies the maps. */
  public NetworkCreateRequest {
    labels = Map.copyOf(labels);
    options = Map.copyOf(options);
  }

  /** An IPv4-only request. */
  public NetworkCreateRequest(String name, String driver, String subnet, String ipRange, String gateway,
      boolean internal, Map<String, String> labels, boolean attachable, Map<String, String> options) {
    this(name, driver, subnet, ipRange, gateway, internal, labels, attachable, options, false, "", "", "", false);
  }

  /** A request without --attachable or driver options. */
  public NetworkCreateRequest(String name, String driver, String subnet, String ipRange, String gateway,
      boolean internal, Map<String, String> labels) {
    this(name, driver, subnet, ipRange, gateway, internal, labels, false, Map.of());
  }

  /** Returns a plain bridge network request with labels (compose's project networks). */
  public static NetworkCreateRequest bridge(String name, Map<String, String> labels) {
    return new NetworkCreateRequest(name, "bridge", "", "", "", false, labels);
  }
}
