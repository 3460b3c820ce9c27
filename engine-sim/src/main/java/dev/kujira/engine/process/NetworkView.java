package dev.kujira.engine.process;

import java.util.List;
import java.util.Optional;

/**
 * Is what a process sees of the network: its interfaces, name resolution (/etc/hosts, then the
 * embedded DNS on user networks) and which addresses answer. The daemon computes it from the
 * networks the container is on; reachability is decided, never faked.
 */
public interface NetworkView {

  /**
   * Is one interface with one IPv4 address.
   *
   * @param index the interface index
   * @param name lo, eth0, eth1…
   * @param address the address
   * @param prefix the prefix length
   * @param gateway the network's gateway ("" for none: loopback, the host's own links)
   * @param peer the index of the veth peer on the host (0 when there is none)
   * @param macAddress the MAC set with --mac-address, or "" for the one Docker derives
   * @param master the bridge a host-side veth is enslaved to (docker0, br-ID), or ""
   */
  record Iface(int index, String name, String address, int prefix, String gateway, int peer, String macAddress,
      String master) {

    /** Creates an interface that is no bridge's port. */
    public Iface(int index, String name, String address, int prefix, String gateway, int peer, String macAddress) {
      this(index, name, address, prefix, gateway, peer, macAddress, "");
    }

    /** Creates an interface with Docker's derived MAC. */
    public Iface(int index, String name, String address, int prefix, String gateway, int peer) {
      this(index, name, address, prefix, gateway, peer, "");
    }

    /** Creates an interface without a gateway or a veth peer. */
    public Iface(int index, String name, String address, int prefix) {
      this(index, name, address, prefix, "", 0);
    }

    /** Returns the MAC Docker gives an address: 02:42 then the four bytes of the IPv4 address. */
    public String mac() {
      if (!macAddress.isEmpty()) {
        return macAddress;
      }
      if (name.equals("lo")) {
        return "00:00:00:00:00:00";
      }
      if (address.isEmpty()) {
        // A host-side veth: a random locally administered MAC in reality; here one fixed by its name.
        int h = name.hashCode();
        return String.format("be:%02x:%02x:%02x:%02x:%02x", (h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff,
            h & 0xff, name.length() & 0xff);
      }
      StringBuilder sb = new StringBuilder("02:42");
      for (String o : address.split("\\.")) {
        sb.append(String.format(":%02x", Integer.parseInt(o)));
      }
      return sb.toString();
    }
  }

  /** Returns the interfaces, loopback first. */
  List<Iface> interfaces();

  /** Resolves a host name to an IPv4 address, if anything knows it. */
  Optional<String> resolve(String name);

  /** Returns whether {@code ip} answers from here (a running peer on a shared network, or this machine). */
  boolean reachable(String ip);

  /**
   * Returns whether the kernel has a route to {@code ip}: loopback, a connected subnet, or a
   * default gateway. Without one, sendto/connect fail at once with "Network is unreachable"
   * (--network none, and an --internal network for anything off its subnet; recorded).
   */
  default boolean routable(String ip) {
    if (ip.startsWith("127.")) {
      return true;
    }
    long target = ipv4(ip);
    for (Iface i : interfaces()) {
      if (!i.gateway().isEmpty()) {
        return true;
      }
      if (!i.address().isEmpty() && i.prefix() > 0) {
        long mask = i.prefix() == 0 ? 0 : (0xffffffffL << (32 - i.prefix())) & 0xffffffffL;
        if ((ipv4(i.address()) & mask) == (target & mask)) {
          return true;
        }
      }
    }
    return false;
  }

  private static long ipv4(String ip) {
    long v = 0;
    for (String part : ip.split("\\.")) {
      v = v << 8 | (Long.parseLong(part) & 0xff);
    }
    return v;
  }

  /**
   * Is the outcome of an HTTP request.
   *
   * @param kind whether it was answered, refused (nothing listens) or unreachable
   * @param status the HTTP status
   * @param reason the reason phrase
   * @param body the body
   * @param headers the response's own header lines ("Location: …"), beyond Content-Length
   */
  record HttpResult(Kind kind, int status, String reason, byte[] body, List<String> headers) {
    /**
     * Names the outcomes. RESET: the connection was accepted, then closed unanswered, as
     * docker-proxy does for a published port whose container does not accept it.
     */
    public enum Kind { ANSWERED, REFUSED, UNREACHABLE, RESET }

    /** Creates an outcome whose response has no headers but the ones every response has. */
    public HttpResult(Kind kind, int status, String reason, byte[] body) {
      this(kind, status, reason, body, List.of());
    }

    /** Returns a refused or unreachable outcome. */
    public static HttpResult failed(Kind kind) {
      return new HttpResult(kind, 0, "", new byte[0]);
    }
  }

  /**
   * Is an HTTP request as the server sees it.
   *
   * @param method GET, HEAD…
   * @param path the path and query
   * @param host the Host header (host[:port] as the client addressed it)
   * @param client the address the connection comes from (the bridge's gateway through a published port)
   * @param userAgent the User-Agent header, or "-"
   */
  record Request(String method, String path, String host, String client, String userAgent) {
    /** Returns this request as coming from {@code address}. */
    public Request from(String address) {
      return new Request(method, path, host, address, userAgent);
    }
  }

  /** Answers HTTP requests for a listening program. */
  @FunctionalInterface
  interface HttpHandler {
    /** Returns the response to {@code GET path}. */
    HttpResult get(String path);

    /** Returns the response to a whole request; servers that log or redirect look at more than the path. */
    default HttpResult handle(Request request) {
      return get(request.path());
    }
  }

  /** Sends {@code GET path} to {@code ip:port}. */
  default HttpResult http(String ip, int port, String path) {
    return HttpResult.failed(reachable(ip) ? HttpResult.Kind.REFUSED : HttpResult.Kind.UNREACHABLE);
  }

  /** Sends {@code request} to {@code ip:port}. */
  default HttpResult http(String ip, int port, Request request) {
    return http(ip, port, request.path());
  }

  /**
   * Answers a raw TCP connection ({@code nc -l}): gets what the client sent, returns the reply.
   * An HTTP listener is reached by raw clients too (its request line picks the path).
   */
  interface RawHandler extends HttpHandler {
    /** Returns the reply to the bytes a client sent. */
    byte[] exchange(byte[] request);

    @Override
    default HttpResult get(String path) {
      return new HttpResult(HttpResult.Kind.ANSWERED, 200, "OK", exchange(("GET " + path + "\r\n").getBytes(
          java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  /** Opens a TCP connection to {@code ip:port}, sends {@code data} and returns the reply as the body. */
  default HttpResult tcp(String ip, int port, byte[] data) {
    return HttpResult.failed(reachable(ip) ? HttpResult.Kind.REFUSED : HttpResult.Kind.UNREACHABLE);
  }

  /** Starts answering HTTP on {@code port} of this machine (until {@link #unlisten}). */
  default void listen(int port, HttpHandler handler) {
  }

  /** Stops answering on {@code port}. */
  default void unlisten(int port) {
  }

  /** Only loopback: a process outside any network (the none network). */
  NetworkView LOOPBACK = new NetworkView() {
    @Override
    public List<Iface> interfaces() {
      return List.of(new Iface(1, "lo", "127.0.0.1", 8));
    }

    @Override
    public Optional<String> resolve(String name) {
      return name.equals("localhost") ? Optional.of("127.0.0.1") : Optional.empty();
    }

    @Override
    public boolean reachable(String ip) {
      return ip.startsWith("127.");
    }
  };
}
