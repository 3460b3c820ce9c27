package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes BuildKit's cache keys: a step's key is its parent's key, its text, what it copies
 * (COPY/ADD: the files' checksums) and the environment, so a change re-runs that step and every
 * later one.
 */
final class BuildKeys {
  private final BuildRun run;
  private final BuildBackend daemon;
  private final BuildRequest req;

  BuildKeys(BuildRun run, BuildBackend daemon, BuildRequest req) {
    this.run = run;
    this.daemon = daemon;
    this.req = req;
  }

  /**
   * Returns a step's cache key. A RUN sees the build arguments in scope as environment, so their
   * values key its cache, and so does the whole text of its here-documents.
   */
  String step(String parent, Instruction ins, Map<String, String> argsInScope, List<String> env) {
    String extra = ins.copies() ? run.files().sources(ins)
        : ins instanceof Instruction.Run ? (argsInScope.isEmpty() ? "" : "args:" + argsInScope) + String.join("\n",
            ins.heredocs()) + network()
        : "";
    return ImageBuilder.key(parent, ins.display() + "\n" + extra + "\n" + String.join(",", env));
  }

  /** Returns what the network mode adds to a RUN's key: LLB's exec op carries it, so none and host miss the default's cache. */
  private String network() {
    return req.network().equals("default") ? "" : "\nnetwork:" + req.network();
  }

  /** Replays the cache key of the stage's first step after FROM (ENV feeds it) and says whether it is cached. */
  boolean firstStepCached(List<Instruction> stage) {
    if (req.noCache()) {
      return false;
    }
    BuildState s = run.s;
    Map<String, String> env = new LinkedHashMap<>(s.env);
    Map<String, String> argsSoFar = new LinkedHashMap<>(run.vars().values());
    for (Instruction ins : stage.subList(1, stage.size())) {
      if (ins instanceof Instruction.Env) {
        BuildText.pairs(ins.args()).forEach((k, v) -> env.put(k, run.vars().expand(v)));
      }
      if (ins instanceof Instruction.Arg) {
        String[] nv = run.vars().argValue(ins);
        if (nv[1] != null) {
          argsSoFar.put(nv[0], nv[1]);
        }
      }
      if (!BuildRun.isStep(ins)) {
        continue;
      }
      List<String> envList = new ArrayList<>();
      env.forEach((k, v) -> envList.add(k + "=" + v));
      return daemon.isCached(step(s.cacheKey, ins, argsSoFar, envList));
    }
    return false;
  }
}
