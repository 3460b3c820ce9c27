package dev.kujira.engine.dockercli.network;

import dev.kujira.engine.api.ApiObject;
import dev.kujira.engine.dockercli.Batch;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Confirm;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Inspector;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.dockercli.spec.NetworkSpecs;
import dev.kujira.engine.gotemplate.GoObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code docker network} commands (docker/cli command/network). */
public final class NetworkCommands {
  private NetworkCommands() {
  }

  /** Returns the network commands. */
  public static List<DockerCommand> all() {
    return List.of(simple(NetworkSpecs.CREATE, NetworkCommands::create), simple(NetworkSpecs.LS, NetworkCommands::ls),
        simple(NetworkSpecs.INSPECT, (cli, in) -> Inspector.inspect(cli, in.args(), in.string("format"),
            cli.api()::networkInspect, null)),
        simple(NetworkSpecs.RM, (cli, in) -> Batch.each(cli, in.args(), ref -> cli.api().networkRemove(ref))),
        simple(NetworkSpecs.PRUNE, NetworkCommands::prune),
        simple(NetworkSpecs.CONNECT, (cli, in) -> cli.api().networkConnect(in.args().get(0), in.args().get(1),
            in.list("alias"), in.string("ip"), in.string("ip6"))),
        simple(NetworkSpecs.DISCONNECT, (cli, in) -> cli.api().networkDisconnect(in.args().get(0), in.args().get(1))));
  }

  private static DockerCommand simple(CommandSpec spec, java.util.function.BiConsumer<CliContext, Invocation> body) {
    return new DockerCommand() {
      @Override
      public CommandSpec spec() {
        return spec;
      }

      @Override
      public void run(CliContext cli, Invocation in) {
        body.accept(cli, in);
      }
    };
  }

  /** Parses "k=v" entries of a map flag ("k" alone gives ""). */
  private static Map<String, String> keyValues(List<String> entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String l : entries) {
      int eq = l.indexOf('=');
      map.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
    }
    return map;
  }

  private static void create(CliContext cli, Invocation in) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String l : in.list("label")) {
      int eq = l.indexOf('=');
      labels.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
    }
    List<String> subnets = in.list("subnet");
    List<String> gateways = in.list("gateway");
    List<String> ranges = in.list("ip-range");
    Ipam.check(subnets, ranges, gateways);
    Map<String, String> aux = keyValues(in.list("aux-address"));
    Ipam.checkAux(subnets, aux.values());
    // consolidateIpam pairs each range and gateway with its subnet; the daemon takes one subnet of each family.
    List<String> v4 = subnets.stream().filter(x -> !x.contains(":")).toList();
    List<String> v6 = subnets.stream().filter(x -> x.contains(":")).toList();
    cli.out().println(cli.api().networkCreate(new dev.kujira.engine.api.NetworkCreateRequest(in.args().get(0),
        in.string("driver"), v4.isEmpty() ? "" : v4.get(0), v4.isEmpty() ? "" : Ipam.within(v4.get(0), ranges),
        v4.isEmpty() ? "" : Ipam.within(v4.get(0), gateways), in.bool("internal"), labels, in.bool("attachable"),
        keyValues(in.list("opt")), in.bool("ipv6"), v6.isEmpty() ? "" : v6.get(0),
        v6.isEmpty() ? "" : Ipam.within(v6.get(0), ranges), v6.isEmpty() ? "" : Ipam.within(v6.get(0), gateways),
        v4.size() > 1 || v6.size() > 1, new dev.kujira.engine.api.NetworkCreateRequest.More(in.string("ipam-driver"),
        keyValues(in.list("ipam-opt")), aux, in.string("scope"), in.bool("config-only"), in.string("config-from"),
        in.bool("ingress")))));
  }

  static final Map<String, String> HEADERS = Map.of("ID", "NETWORK ID", "Name", "NAME", "Driver", "DRIVER",
      "Scope", "SCOPE", "IPv6", "IPV6", "Internal", "INTERNAL", "Labels", "LABELS", "CreatedAt", "CREATED AT");

  private static void ls(CliContext cli, Invocation in) {
    Map<String, List<String>> filters = Output.filters(in.list("filter"));
    boolean trunc = !in.bool("no-trunc");
    List<GoObject> rows = new ArrayList<>();
    // docker/cli sorts the networks by name in natural order (n8 before n11, recorded on 26.1: b47).
    List<ApiObject> all = new ArrayList<>(cli.api().networkList());
    all.sort((a, b) -> dev.kujira.engine.util.NaturalOrder.compare(String.valueOf(a.get("Name")),
        String.valueOf(b.get("Name"))));
    for (ApiObject n : all) {
      if (matches(n, filters)) {
        rows.add(new Row(n, trunc));
      }
    }
    String format = in.string("format");
    if (in.bool("quiet") && (format.isEmpty() || format.equals("table"))) {
      format = "{{.ID}}";
    }
    Output.rows(cli, format, "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}", HEADERS, rows);
  }

  private static boolean matches(ApiObject n, Map<String, List<String>> f) {
    String driver = (String) n.get("Driver");
    boolean builtin = List.of("bridge", "host", "none").contains((String) n.get("Name"));
    if (f.containsKey("driver") && !f.get("driver").contains(driver)) {
      return false;
    }
    if (f.containsKey("type") && f.get("type").stream().noneMatch(t -> t.equals(builtin ? "builtin" : "custom"))) {
      return false;
    }
    if (f.containsKey("name") && f.get("name").stream().noneMatch(x -> ((String) n.get("Name")).contains(x))) {
      return false;
    }
    if (f.containsKey("label")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> labels = n.get("Labels") instanceof Map ? (Map<String, Object>) n.get("Labels") : Map.of();
      for (String term : f.get("label")) {
        int eq = term.indexOf('=');
        if (eq < 0 ? !labels.containsKey(term) : !term.substring(eq + 1).equals(labels.get(term.substring(0, eq)))) {
          return false;
        }
      }
    }
    return !f.containsKey("id") || f.get("id").stream().anyMatch(x -> ((String) n.get("Id")).startsWith(x));
  }

  private static void prune(CliContext cli, Invocation in) {
    if (!in.bool("force") && !Confirm.ask(cli, "WARNING! This will remove all custom networks not used by at least one"
        + " container.")) {
      return;
    }
    List<String> removed = cli.api().networkPrune(
        dev.kujira.engine.dockercli.Output.filters(in.list("filter")));
    if (!removed.isEmpty()) {
      cli.out().println("Deleted Networks:");
      removed.forEach(cli.out()::println);
      cli.out().println();
    }
  }

  private record Row(ApiObject n, boolean trunc) implements GoObject {
    @Override
    public String goTypeName() {
      // docker/cli 26.1 keeps networkContext in cli/command/network (its Go type name shows in template errors).
      return "*network.networkContext";
    }

    @Override
    public boolean hasMethod(String name) {
      return HEADERS.containsKey(name) || name.equals("Label");
    }

    @Override
    public List<String> jsonFields() {
      return List.copyOf(new java.util.TreeSet<>(HEADERS.keySet()));
    }

    @Override
    public Object call(String name, List<Object> args) {
      switch (name) {
        case "ID":
          String id = (String) n.get("Id");
          return trunc ? id.substring(0, 12) : id;
        case "IPv6":
        case "Internal":
          return String.valueOf(n.get(name.equals("IPv6") ? "EnableIPv6" : "Internal"));
        case "Labels":
        case "Label":
          return "";
        default:
          return String.valueOf(n.get(name));
      }
    }
  }
}
