package dev.kujira.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Is one network, typed.
 *
 * <pre>{@code
 * NetworkInfo net = engine.state().networks().byName("appnet").orElseThrow();
 * boolean both = net.members().stream().map(NetworkInfo.Member::container).toList().containsAll(List.of("web", "db"));
 * }</pre>
 *
 * @param id the 64-hex id
 * @param name the name
 * @param driver bridge, host or null
 * @param scope local
 * @param subnet the IPv4 subnet in CIDR form, or "" (host, none)
 * @param gateway the gateway address, or ""
 * @param internal whether created with {@code --internal}
 * @param labels its labels
 * @param created epoch millis
 * @param members the running containers on it, in join order
 */
public record NetworkInfo(String id, String name, String driver, String scope, String subnet, String gateway,
    boolean internal, Map<String, String> labels, long created, List<Member> members) {

  /** Copies the collections. */
  public NetworkInfo {
    labels = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(labels));
    members = List.copyOf(members);
  }

  /**
   * Is one container's endpoint on the network.
   *
   * @param container the container's name
   * @param containerId the container's id
   * @param ip its IPv4 address
   * @param aliases its aliases on this network
   */
  public record Member(String container, String containerId, String ip, List<String> aliases) {

    /** Copies the aliases. */
    public Member {
      aliases = List.copyOf(aliases);
    }
  }
}
