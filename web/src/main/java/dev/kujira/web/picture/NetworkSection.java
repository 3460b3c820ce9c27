package dev.kujira.web.picture;

import dev.kujira.engine.api.ContainerInfo;
import dev.kujira.engine.api.NetworkInfo;
import java.util.List;
import java.util.Set;

/**
 * Draws the networks as bands holding their running members, each with its IP address and the
 * names the network's DNS answers for it. The predefined host and none networks are drawn only
 * when something uses them; the default bridge always, since {@code docker run} joins it.
 */
final class NetworkSection {
  private static final Set<String> QUIET = Set.of("host", "none");
  private static final double CHIP_H = 48;
  private static final double CHIP_W = (Frame.INNER - 16 - 2 * Frame.GAP) / 3;

  private NetworkSection() {
  }

  /** Returns the networks the picture shows. */
  static List<NetworkInfo> shown(Frame f) {
    return f.state.networks().all().stream().filter(n -> !QUIET.contains(n.name()) || !n.members().isEmpty()).toList();
  }

  /** Returns the names the network's DNS answers for {@code member} ("" on the default bridge: none). */
  static List<String> dns(Frame f, NetworkInfo n, NetworkInfo.Member member) {
    return f.state.containers().byName(member.container()).flatMap(c -> c.network(n.name()))
        .map(ContainerInfo.Attachment::dnsNames).orElse(List.of());
  }

  /** Returns a network's driver, subnet and gateway in one line. */
  static String facts(NetworkInfo n) {
    StringBuilder b = new StringBuilder(n.driver() == null ? "null" : n.driver());
    if (!n.subnet().isEmpty()) {
      b.append(" · ").append(n.subnet());
    }
    if (!n.gateway().isEmpty()) {
      b.append(" · gw ").append(n.gateway());
    }
    if (n.internal()) {
      b.append(" · internal");
    }
    return b.toString();
  }

  static double draw(Frame f, double y) {
    List<NetworkInfo> shown = shown(f);
    List<String> missing = f.overlay.needed("network").stream()
        .filter(n -> f.state.networks().byName(n).isEmpty()).toList();
    y = f.heading(y, "networks", shown.size());
    for (NetworkInfo n : shown) {
      y = band(f, n, y) + Frame.GAP;
    }
    for (String name : missing) {
      f.svg.group("k-network k-placeholder k-needed", name + ": " + f.word("missing"));
      f.svg.rect(Frame.MARGIN, y, Frame.INNER, 30, Frame.NEEDED_FILL, Frame.NEEDED, 2.5, true);
      f.svg.text(Frame.MARGIN + 8, y + 19, "○ " + name + " — " + f.word("missing"), 13, Frame.INK, true,
          Frame.INNER - 16);
      f.svg.end();
      y += 30 + Frame.GAP;
    }
    return y;
  }

  private static double band(Frame f, NetworkInfo n, double y) {
    Overlay.Mark mark = f.overlay.mark("network", n.name());
    int rows = (n.members().size() + 2) / 3;
    double h = 28 + (rows == 0 ? 18 : rows * (CHIP_H + 8)) + 2;
    f.svg.group("k-network" + Frame.cssMark(mark), n.name() + " (" + facts(n) + ")");
    f.svg.rect(Frame.MARGIN, y, Frame.INNER, h, Frame.fill(mark, "#f6f8fa"), Frame.stroke(mark, Frame.LINE),
        Frame.strokeWidth(mark), false);
    String title = Frame.badge(mark) + n.name();
    double titleW = Math.min(Svg.width(title, 13), Frame.INNER / 2);
    f.svg.text(Frame.MARGIN + 8, y + 19, title, 13, Frame.INK, true, Frame.INNER / 2);
    f.svg.text(Frame.MARGIN + 16 + titleW, y + 19, facts(n), 11, Frame.MUTED, false, Frame.INNER - 28 - titleW);
    if (n.members().isEmpty()) {
      f.svg.text(Frame.MARGIN + 10, y + 40, f.word("noMembers"), 11, Frame.MUTED, false, Frame.INNER - 20);
    }
    for (int i = 0; i < n.members().size(); i++) {
      NetworkInfo.Member m = n.members().get(i);
      double x = Frame.MARGIN + 8 + (i % 3) * (CHIP_W + Frame.GAP);
      double cy = y + 28 + (i / 3) * (CHIP_H + 8);
      List<String> dns = dns(f, n, m);
      String dnsLine = f.word("dns") + " " + (dns.isEmpty() ? "—" : String.join(", ", dns));
      f.svg.group("k-member", m.container() + " " + m.ip() + ", " + dnsLine);
      f.svg.rect(x, cy, CHIP_W, CHIP_H, Frame.CARD, ContainerSection.colour(
          dev.kujira.engine.api.ContainerStatus.RUNNING), 1, false);
      f.svg.text(x + 6, cy + 14, m.container(), 11, Frame.INK, true, CHIP_W - 12);
      f.svg.text(x + 6, cy + 28, m.ip().isEmpty() ? "—" : m.ip(), 11, Frame.MUTED, false, CHIP_W - 12);
      f.svg.text(x + 6, cy + 42, dnsLine, 10, Frame.INK, false, CHIP_W - 12);
      f.svg.end();
    }
    f.svg.end();
    return y + h;
  }
}
