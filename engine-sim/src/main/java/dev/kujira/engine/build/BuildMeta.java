package dev.kujira.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a build's metadata instructions (ENV, ARG, CMD, ENTRYPOINT, EXPOSE, LABEL, USER,
 * VOLUME, STOPSIGNAL, SHELL, ONBUILD, HEALTHCHECK, MAINTAINER) to the stage being built and
 * writes their empty-layer history lines, in both builders.
 */
final class BuildMeta {
  private BuildMeta() {
  }

  static void apply(BuildRun run, Instruction ins, long now) {
    BuildState s = run.s;
    String a = ins.args();
    switch (ins.kind()) {
      case ENV:
        // History names each pair as parsed and expanded, without the Dockerfile's quotes
        // (recorded: ENV GREETING="hello world" reads "ENV GREETING=hello world").
        StringBuilder envLine = new StringBuilder("ENV");
        for (Map.Entry<String, String> e : BuildText.pairs(a).entrySet()) {
          String v = run.vars().expand(e.getValue());
          s.env.put(e.getKey(), v);
          envLine.append(' ').append(e.getKey()).append('=').append(v);
        }
        s.history(now, envLine.toString(), true);
        break;
      case ARG:
        run.vars().arg(ins);
        s.declareArg(run.vars().argValue(ins)[0]);
        s.history(now, "ARG " + a, true);
        break;
      case CMD:
        s.cmd = words(s, ins);
        s.history(now, "CMD " + BuildText.goList(s.cmd), true);
        break;
      case ENTRYPOINT:
        s.entrypoint = words(s, ins);
        s.cmd = null;
        s.history(now, "ENTRYPOINT " + BuildText.goList(s.entrypoint), true);
        break;
      case EXPOSE:
        for (String p : run.vars().expand(a).split("\\s+")) {
          s.exposed.add(p.contains("/") ? p : p + "/tcp");
        }
        // Go prints a map with its keys sorted.
        s.history(now, "EXPOSE map[" + String.join(" ", s.exposed.stream().sorted().map(p -> p + ":{}").toList()) + "]",
            true);
        break;
      case LABEL:
        List<String> shown = new ArrayList<>();
        BuildText.pairs(a).forEach((k, v) -> {
          s.labels.put(BuildText.unquote(k), run.vars().expand(v));
          shown.add(BuildText.unquote(k) + "=" + run.vars().expand(v));
        });
        // BuildKit records labels unquoted: LABEL maintainer=docs@example.com (conformance 30).
        s.history(now, "LABEL " + String.join(" ", shown), true);
        break;
      case USER:
        s.user = run.vars().expand(a);
        s.history(now, "USER " + s.user, true);
        break;
      case VOLUME:
        List<String> v = ins.jsonWords() != null ? ins.jsonWords() : List.of(run.vars().expand(a).split("\\s+"));
        s.volumes.addAll(v);
        s.history(now, "VOLUME [" + String.join(" ", v) + "]", true);
        break;
      case STOPSIGNAL:
        s.stopSignal = run.vars().expand(a);
        s.history(now, "STOPSIGNAL " + s.stopSignal, true);
        break;
      case SHELL:
        s.shell = ins.jsonWords();
        s.history(now, "SHELL " + BuildText.goList(s.shell), true);
        break;
      case ONBUILD:
        s.onBuild.add(a);
        s.history(now, "ONBUILD " + a, true);
        break;
      case HEALTHCHECK:
        s.healthcheck = BuildText.healthcheck(ins);
        s.history(now, "HEALTHCHECK " + BuildText.healthcheckHistory(s.healthcheck), true);
        break;
      case MAINTAINER:
        s.author = run.vars().expand(a);
        s.history(now, "MAINTAINER " + s.author, true);
        break;
      default:
        s.history(now, ins.keyword() + " " + a, true);
    }
  }

  /** CMD and ENTRYPOINT: the JSON form as written, the shell form under the stage's SHELL. */
  private static List<String> words(BuildState s, Instruction ins) {
    List<String> json = ins.jsonWords();
    if (json != null) {
      return json;
    }
    List<String> sh = new ArrayList<>(s.shell == null ? List.of("/bin/sh", "-c") : s.shell);
    sh.add(ins.args());
    return sh;
  }
}
