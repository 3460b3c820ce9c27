package dev.kujira.lessons.state;

/**
 * Is what a goal can know about one network.
 *
 * @param id the network id
 * @param name the name
 * @param driver bridge, host, null…
 * @param subnet the first IPAM subnet ("" when none)
 * @param internal whether it is internal
 */
public record NetworkFacts(String id, String name, String driver, String subnet, boolean internal) {
  /** Returns whether this is one of the three networks every daemon starts with. */
  public boolean predefined() {
    return name.equals("bridge") || name.equals("host") || name.equals("none");
  }
}
