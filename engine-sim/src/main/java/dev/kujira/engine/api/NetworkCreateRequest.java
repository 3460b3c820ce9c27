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
 */
public record NetworkCreateRequest(String name, String driver, String subnet, String ipRange, String gateway,
    boolean internal, Map<String, String> labels, boolean attachable, Map<String, String> options) {

  /** Copies the maps. */
  public NetworkCreateRequest {
    labels = Map.copyOf(labels);
    options = Map.copyOf(options);
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
