package dev.kujira.engine.daemon.images;

import dev.kujira.engine.daemon.network.HostNetwork;
import dev.kujira.engine.api.EngineException;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.process.NetworkView;
import dev.kujira.engine.process.RegistryEndpoint;
import java.nio.charset.StandardCharsets;

/**
 * Finds the registry a reference's domain names, as the daemon's resolver and dialer would:
 * docker.io is the simulated Hub; {@code localhost:PORT} and {@code 127.0.0.1:PORT} reach what
 * listens on that host port (a {@code registry:2} container published there); any other host
 * name is looked up with the learner's DNS and not found, since the simulated machine is offline.
 */
public final class RegistryHosts {
  private RegistryHosts() {
  }

  /**
   * Is what answers at a registry's address.
   *
   * @param endpoint the registry, or null for Docker Hub or a foreign server
   * @param foreign the error a server that is not a registry causes ("unknown: " and its 404 page), or null
   * @param loginError what {@code docker login} reports of that server, or null
   */
  public record Target(RegistryEndpoint endpoint, String foreign, String loginError) {
    public boolean hub() {
      return endpoint == null && foreign == null;
    }
  }

  /** Returns what serves {@code domain}; throws the dial error when nothing does. */
  public static Target locate(ImageDaemon state, String domain) {
    if (domain.equals(Reference.DEFAULT_DOMAIN)) {
      if (state.offline()) {
        // What Docker 26.1 printed on the recordings' machine, which had no DNS for the Hub.
        throw error("https://registry-1.docker.io/v2/",
            "dial tcp: lookup registry-1.docker.io on " + nameserver(state) + ":53: no such host");
      }
      return new Target(null, null, null);
    }
    int colon = domain.lastIndexOf(':');
    String host = colon < 0 ? domain : domain.substring(0, colon);
    boolean local = host.equals("localhost") || host.startsWith("127.");
    // Docker treats 127.0.0.0/8 registries as insecure, so it speaks plain http to them (moby registry/config.go).
    String url = (local ? "http" : "https") + "://" + domain + "/v2/";
    if (!local) {
      throw error(url, "dial tcp: lookup " + host + " on " + nameserver(state) + ":53: no such host");
    }
    int port = colon < 0 ? 443 : Integer.parseInt(domain.substring(colon + 1));
    NetworkView.HttpHandler h = new HostNetwork(state).listener(port);
    if (h == null) {
      throw error(url, "dial tcp 127.0.0.1:" + port + ": connect: connection refused");
    }
    if (!(h instanceof RegistryEndpoint)) {
      // Seen on Docker 26.1 against busybox httpd: push and pull report "unknown: " and the 404
      // page they got, login the status of its ping.
      NetworkView.HttpResult ping = h.get("/v2/");
      return new Target(null, "unknown: " + new String(ping.body(), StandardCharsets.UTF_8),
          "login attempt to " + url + " failed with status: " + ping.status() + " " + ping.reason());
    }
    return new Target((RegistryEndpoint) h, null, null);
  }

  private static EngineException error(String url, String why) {
    return ImageErrors.registryGet(url, why);
  }

  /** Returns the first nameserver of the learner's /etc/resolv.conf (systemd-resolved's stub without one). */
  public static String nameserver(ImageDaemon state) {
    try {
      String text = new String(new dev.kujira.engine.fs.UnionView(state.host(), java.util.List.of(), state.clock()::now).read("/etc/resolv.conf"), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.startsWith("nameserver ")) {
          return line.substring("nameserver ".length()).trim();
        }
      }
    } catch (FsException e) {
      // no resolv.conf: the stub resolver
    }
    return "127.0.0.53";
  }
}
