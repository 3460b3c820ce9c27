package dev.kujira.engine.build;

import dev.kujira.engine.api.BuildRequest;
import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsTree;
import dev.kujira.engine.fs.Node;
import dev.kujira.engine.fs.UnionView;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.Reference;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Is all the builders need of the daemon (moby's builder.Backend in spirit): the client's files,
 * images to start from and to store, the build cache, a sandbox for RUN, the build's trace, and
 * the legacy builder's kept container. The builders hold nothing else of the daemon's state.
 */
public interface BuildBackend {
  /** Returns the virtual time in milliseconds. */
  long now();

  /** Returns a view of the client's files (the context and the Dockerfile). */
  UnionView host();

  /** Returns the size of the client's folder {@code dir} (the context's transfer). */
  long size(String dir);

  /** Returns a local image by reference or id. */
  Optional<Image> lookup(String name);

  /** Returns a local image by its id. */
  Optional<Image> byId(String id);

  /**
   * Returns the dial error that keeps {@code ref}'s registry out of reach on this machine (the
   * offline recording machine reaches no Hub), or null when its registry answers.
   */
  default String unreachable(Reference ref) {
    return null;
  }

  /** Returns an image from the registry, for a base that is not local. */
  Optional<Image> fetch(Reference ref);

  /** Returns an image's files. */
  Node.Dir rootfs(Image image);

  /** Stores a built image. */
  void add(Image image);

  /** Stores an image the legacy builder committed with a layer of its own (freed with the image). */
  default void addCommitted(Image image) {
    add(image);
  }

  /** Points {@code ref} at image {@code id}. */
  void tag(Reference ref, String id);

  /** Returns the build cache's entry under {@code key}, or null. */
  BuildCache.Entry cached(String key);

  /** Returns whether the build cache has {@code key}. */
  boolean isCached(String key);

  /** Files {@code entry} in the build cache under {@code key}. */
  void cache(String key, BuildCache.Entry entry);

  /** Files {@code entry} under {@code key} unless the cache has it. */
  void cacheIfAbsent(String key, BuildCache.Entry entry);

  /** Notes a transfer from the client (Dockerfile, .dockerignore, context) as a record of the build cache. */
  void transferred(String key, long size);

  /**
   * Is what a RUN step did.
   *
   * @param status the exit status
   * @param output its output lines (stdout and stderr as written)
   */
  record RunResult(int status, List<String> output, java.util.Set<Integer> stderrLines) {
    RunResult(int status, List<String> output) {
      this(status, output, java.util.Set.of());
    }

    /** Whether output line {@code i} came from the process's stderr. */
    boolean stderr(int i) {
      return stderrLines.contains(i);
    }
  }

  /**
   * What BuildKit gives a RUN besides its files: the network mode (default, none or host), the
   * {@code --add-host} entries it appends to the sandbox's /etc/hosts, and the files it mounts for
   * the step alone (secrets: absolute path → content), which never reach the image.
   */
  record Sandbox(String network, List<String> extraHosts, Map<String, byte[]> mounts) {
    /** A sandbox on {@code network} without extra hosts or mounts. */
    public Sandbox(String network) {
      this(network, List.of(), Map.of());
    }
  }

  /** Runs a RUN's command on {@code tree} in the build sandbox. */
  RunResult run(FsTree tree, Map<String, String> env, String workdir, List<String> argv, String user,
      Sandbox sandbox);

  /** Returns the uid and gid of {@code spec} (USER[:GROUP], names or ids) in {@code rootfs}'s passwd and group files. */
  int[] owner(FileSystemView rootfs, String spec);

  /** Starts the trace of a build. */
  BuildTrace beginTrace(BuildRequest req);

  /** Files a finished or failed build's trace. */
  void endTrace(BuildTrace trace);

  /** Returns a new container id. */
  String newId();

  /**
   * Keeps the legacy builder's failed step container {@code id}: made from {@code parentImage}, it
   * ran {@code command} on {@code tree} and exited with {@code status}.
   */
  void keepFailedStep(String id, String parentImage, String command, int status, FsTree tree);
}
