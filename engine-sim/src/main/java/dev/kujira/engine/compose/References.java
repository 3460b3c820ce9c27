package dev.kujira.engine.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks what a loaded project's services refer to, as compose-go's project checks do: an image or
 * a build for each service, defined dependencies, networks and volumes, and no dependency cycle.
 */
final class References {
  private References() {
  }

  static void check(Map<String, Service> services, Map<String, ComposeFile.Resource> networks,
      Map<String, ComposeFile.Resource> volumes) {
    for (Service s : services.values()) {
      if (s.image().isEmpty() && s.build() == null) {
        throw invalid(Errors.noImage(s.name()));
      }
      s.dependsOn().forEach((d, dep) -> {
        if (!services.containsKey(d) && dep.required()) {
          throw invalid(Errors.undefinedService(s.name(), d));
        }
      });
      for (String n : s.networks().keySet()) {
        if (!n.equals("default") && !networks.containsKey(n)) {
          throw invalid(Errors.undefinedNetwork(s.name(), n));
        }
      }
      for (Service.Mount m : s.volumes()) {
        if (m.type().equals("volume") && !m.source().isEmpty() && !volumes.containsKey(m.source())) {
          throw invalid(Errors.undefinedVolume(s.name(), m.source()));
        }
      }
    }
    for (Service s : services.values()) {
      cycle(services, s, new ArrayList<>());
    }
  }

  private static void cycle(Map<String, Service> services, Service s, List<String> path) {
    if (path.contains(s.name())) {
      List<String> loop = new ArrayList<>(path.subList(path.indexOf(s.name()), path.size()));
      loop.add(s.name());
      throw invalid(Errors.cycle(String.join(" -> ", loop)));
    }
    path.add(s.name());
    for (String d : s.dependsOn().keySet()) {
      Service dep = services.get(d);
      if (dep != null) {
        cycle(services, dep, path);
      }
    }
    path.remove(path.size() - 1);
  }

  private static ComposeException invalid(String message) {
    return new ComposeException(message, ComposeException.INVALID);
  }
}
