package dev.kujira.engine.dockercli.registry;

import dev.kujira.engine.api.SearchResult;
import dev.kujira.engine.dockercli.CliContext;
import dev.kujira.engine.dockercli.CommandSpec;
import dev.kujira.engine.dockercli.Display;
import dev.kujira.engine.dockercli.DockerCommand;
import dev.kujira.engine.dockercli.Invocation;
import dev.kujira.engine.dockercli.Output;
import dev.kujira.engine.dockercli.spec.TopLevelSpecs;
import dev.kujira.engine.gotemplate.GoObject;
import java.util.List;
import java.util.Map;

/**
 * {@code docker search}: asks the daemon, which asks the index (Docker Hub's unless the term names
 * a registry). The table and its columns are docker/cli 26.1's (cli/command/registry/
 * formatter_search.go: NAME, DESCRIPTION cut to 45 runes unless --no-trunc, STARS, OFFICIAL as
 * "[OK]"); an is-automated filter first prints the CLI's deprecation warning (search.go).
 */
public final class SearchCommand implements DockerCommand {
  static final Map<String, String> HEADERS = Map.of("Name", "NAME", "Description", "DESCRIPTION",
      "StarCount", "STARS", "IsOfficial", "OFFICIAL");

  @Override
  public CommandSpec spec() {
    return TopLevelSpecs.SEARCH;
  }

  @Override
  public void run(CliContext cli, Invocation in) {
    Map<String, List<String>> filters = Output.filters(in.list("filter"));
    if (filters.containsKey("is-automated")) {
      cli.err().println("WARNING: the \"is-automated\" filter is deprecated, and searching for \"is-automated=true\""
          + " will not yield any results in future.");
    }
    List<SearchResult> results = cli.api().imageSearch(in.args().get(0), in.changed("limit") ? in.integer("limit") : 0, filters);
    boolean trunc = !in.bool("no-trunc");
    Output.rows(cli, in.string("format"), "table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}", HEADERS,
        results.stream().map(r -> new Row(r, trunc)).toList());
  }

  private record Row(SearchResult r, boolean trunc) implements GoObject {
    @Override
    public String goTypeName() {
      return "*registry.searchContext";
    }

    @Override
    public boolean hasMethod(String name) {
      return HEADERS.containsKey(name);
    }

    @Override
    public List<String> jsonFields() {
      return List.of("Description", "IsOfficial", "Name", "StarCount");
    }

    @Override
    public Object call(String name, List<Object> args) {
      switch (name) {
        case "Name":
          return r.name();
        case "Description":
          String d = r.description().replace('\n', ' ').replace('\r', ' ');
          return trunc ? Display.ellipsis(d, 45) : d;
        case "StarCount":
          return String.valueOf(r.starCount());
        default:
          // formatBool: "[OK]" in a table, "true"/"false" only when marshalled to JSON.
          return r.official() ? "[OK]" : "";
      }
    }
  }
}
