package dev.kujira.engine.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Is the engine's operations as the docker command line and other clients call them, named after
 * the Docker Engine API's operations. Failures are {@link EngineException}s carrying the daemon's
 * message.
 */
public interface EngineApi {

  /** Creates a container and returns its id. */
  ContainerCreateResponse containerCreate(ContainerCreateRequest request);

  /** Starts a container detached. */
  void containerStart(String ref);

  /**
   * Starts a container with the client attached to its streams and waits for it to exit.
   *
   * @return the exit code
   */
  int containerStartAttached(String ref, InputStream in, PrintStream out, PrintStream err);

  /** Stops a container (signal, then SIGKILL after {@code timeoutSeconds}; null = its own default). */
  void containerStop(String ref, Integer timeoutSeconds, String signal);

  /** Restarts a container. */
  void containerRestart(String ref, Integer timeoutSeconds, String signal);

  /** Sends a signal (name or number) to a running container's main process. */
  void containerKill(String ref, String signal);

  /** Freezes a running container. */
  void containerPause(String ref);

  /** Thaws a paused container. */
  void containerUnpause(String ref);

  /** Removes a container. */
  void containerRemove(String ref, boolean force, boolean volumes);

  /** Renames a container. */
  void containerRename(String ref, String newName);

  /** Waits until a container stops and returns its exit code. */
  int containerWait(String ref);

  /** Lists containers, newest first. */
  List<ContainerSummary> containerList(boolean all, Map<String, List<String>> filters);

  /** Returns a container's log lines. */
  List<LogLine> containerLogs(String ref);

  /** Returns the Engine API's inspect document of a container. */
  ApiObject containerInspect(String ref);

  /**
   * Changes a container's restart policy (when {@code restartPolicy} is not null) and resource
   * limits ({@code docker update}).
   */
  void containerUpdate(String ref, String restartPolicy, int restartMax, java.util.Map<String, Long> resources);

  /** Returns the inspect document, with SizeRw and SizeRootFs when {@code size} ({@code inspect -s}). */
  ApiObject containerInspect(String ref, boolean size);

  /** Returns the processes of a running container: titles then rows. */
  List<List<String>> containerTop(String ref, List<String> psArgs);

  /** Runs a command in a running container with the client's streams; returns its exit code. */
  int containerExec(String ref, ExecRequest request, InputStream in, PrintStream out, PrintStream err);

  /** Checks that the client may attach and returns the container's id. */
  String containerAttach(String ref);

  /**
   * Starts a container that has a terminal ({@code -t}) in the background with {@code client}
   * attached to it from its first byte on ({@code docker run -it}).
   */
  TtySession containerStartInteractive(String ref, PrintStream client);

  /**
   * Attaches {@code client} to a running container's terminal; null when it has no terminal
   * with open standard input (then {@code docker attach} just follows its output).
   */
  TtySession containerAttachTerminal(String ref, PrintStream client);

  /** Runs a command with a terminal in a running container in the background, attached to {@code client}. */
  TtySession containerExecInteractive(String ref, ExecRequest request, PrintStream client);

  /**
   * Lets {@code millis} of a client's waiting pass on the engine's clock, running whatever falls
   * due (a client that follows a stream, such as {@code docker logs -f}, between two looks).
   */
  void clockAdvance(long millis);

  /** Returns the daemon's recent events ({@code docker events}), oldest first. */
  List<EngineEvent> events();

  /** Returns the learner's own terminal when the client runs on one (the REPL). */
  java.util.Optional<ClientTerminal> clientTerminal();

  /** Removes stopped containers; returns the removed ids (newest first) and the space reclaimed. */
  PruneReport containerPrune(Map<String, List<String>> filters);

  /**
   * Builds an image with BuildKit, reporting its vertices to {@code progress}; returns the image
   * id. A failed build has reported its failed vertex and excerpt and throws with BuildKit's
   * "failed to solve" text.
   */
  String imageBuild(BuildRequest request, java.util.function.Consumer<BuildEvent> progress);

  /**
   * Builds an image with the legacy builder, reporting its "Step N/M" transcript lines to
   * {@code progress}; returns the image id. A failing RUN leaves its container and throws "The
   * command '…' returned a non-zero code: N" (a streamed error carrying that status).
   */
  String imageBuildClassic(BuildRequest request, java.util.function.Consumer<BuildEvent> progress);

  /** Lists images, newest first. */
  List<ImageSummary> imageList(boolean all, Map<String, List<String>> filters);

  /** Returns the Engine API's inspect document of an image. */
  ApiObject imageInspect(String ref);

  /** Pulls an image from the simulated registry, reporting progress lines. */
  default void imagePull(String ref, PrintStream progress) {
    imagePull(ref, false, progress);
  }

  /** Pulls an image, or with {@code allTags} every tag of its repository, reporting progress lines. */
  void imagePull(String ref, boolean allTags, PrintStream progress);

  /**
   * Pushes an image (every local tag of its repository with {@code allTags}) to the registry its
   * name points at, as {@code user} ("" without a login), reporting progress lines. A failure
   * after the progress began is thrown with the message docker prints as it stands.
   */
  void imagePush(String ref, boolean allTags, String user, PrintStream progress);

  /** Checks that a registry answers at {@code server} ("" for Docker Hub), as {@code docker login} does. */
  void registryLogin(String server);

  /** Asks the index for repositories matching {@code term} (docker search), filtered by is-official and stars. */
  List<SearchResult> imageSearch(String term, int limit, java.util.Map<String, List<String>> filters);

  /** Returns BuildKit's cache records, for {@code docker system df}. */
  List<BuildCacheRecord> buildCacheList();

  /** Removes BuildKit's unused cache (with {@code all}, every record) and returns what went. */
  default List<BuildCacheRecord> buildCachePrune(boolean all) {
    return buildCachePrune(all, java.util.Map.of());
  }

  /**
   * Removes BuildKit's unused cache (with {@code all}, every record) that passes {@code filters}
   * and returns what went. Only {@code until} narrows it: BuildKit's prune ignores a label filter
   * (recorded on Docker 26.1: {@code docker system prune --filter label=a=b} still removed the cache).
   */
  List<BuildCacheRecord> buildCachePrune(boolean all, java.util.Map<String, List<String>> filters);

  /** Returns whether an image is present locally. */
  boolean imageExists(String ref);

  /** Tags an image. */
  void imageTag(String source, String target);

  /** Removes an image; returns the "Untagged: …"/"Deleted: …" lines. */
  List<String> imageRemove(String ref, boolean force, boolean noPrune);

  /** Removes dangling (or with {@code all}, unused) images. */
  PruneReport imagePrune(boolean all, Map<String, List<String>> filters);

  /** Returns an image's history, newest first. */
  List<HistoryItem> imageHistory(String ref);

  /** Writes the images {@code refs} name as a {@code docker save} archive. */
  byte[] imageSave(List<String> refs);

  /** Loads a {@code docker save} archive; returns the "Loaded image: …" lines. */
  List<String> imageLoad(byte[] archive);

  /** Returns the Engine API's inspect document of a volume. */
  ApiObject volumeInspect(String name);

  /** Returns the bytes stored in volume {@code name} ({@code system df -v}); 0 when unknown. */
  default long volumeSize(String name) {
    return 0;
  }

  /** Creates a volume and returns its name. */
  String volumeCreate(String name, Map<String, String> labels);

  /** Creates a volume with a driver ("local") and its options ({@code docker volume create -d -o}). */
  String volumeCreate(String name, Map<String, String> labels, String driver, Map<String, String> options);

  /** Lists volumes. */
  List<ApiObject> volumeList(Map<String, List<String>> filters);

  /** Removes volumes. */
  void volumeRemove(String name, boolean force);

  /** Removes unused volumes (anonymous ones, or every one with {@code all}); returns their names. */
  default List<String> volumePrune(boolean all) {
    return volumePrune(all, Map.of());
  }

  /** Removes the unused volumes whose labels match {@code filters} (label=, label!=); returns their names. */
  List<String> volumePrune(boolean all, java.util.Map<String, List<String>> filters);

  /**
   * Makes an image of a container's changes ({@code docker commit}); returns its id.
   *
   * @param changes Dockerfile lines (CMD, ENV, …) applied to the config
   */
  String containerCommit(String ref, String reference, String message, String author, List<String> changes);

  /**
   * Explains, step by step, what happens to a request from container {@code from} (or "host")
   * to {@code target} (a URL such as http://db:3306, or HOST:PORT): name, route, port, listener.
   */
  List<String> explainRequest(String from, String target);

  /**
   * Explains the last build step by step: which steps came from the cache and, for each that ran,
   * why (first build, --no-cache, changed instruction, changed files, changed arguments, or an
   * earlier miss). Empty when nothing was built yet.
   */
  List<String> explainBuild();

  /** Returns a container's file system as a tar archive ({@code docker export}). */
  byte[] containerExport(String ref);

  /**
   * Creates an image from a root file system tarball ({@code docker import}) and returns its id.
   *
   * @param archive the tar (or gzipped tar) bytes
   * @param reference the repository and tag to give it, or ""
   * @param message the commit message, or ""
   * @param changes Dockerfile instructions to apply ({@code -c})
   */
  String imageImport(byte[] archive, String reference, String message, List<String> changes);

  /** Imports a filesystem tarball the daemon fetches from {@code url} (docker import URL); returns the image id. */
  String imageImportUrl(String url, String reference, String message, List<String> changes);

  /**
   * Copies between the client's files and a container's ({@code docker cp}); a FORBIDDEN error is
   * the client's own refusal, printed without the daemon prefix. Returns the size of the tar stream
   * that carried the files (what docker cp reports as copied).
   */
  long containerCopy(String ref, String containerPath, String hostPath, boolean toContainer);

  /** Returns a tar of a path in a container ({@code docker cp CONTAINER:PATH -}). */
  byte[] containerArchive(String ref, String containerPath);

  /** Unpacks a tar into a directory of a container ({@code docker cp - CONTAINER:DIR}). */
  void containerExtract(String ref, String containerPath, byte[] tar);

  /** Returns a container's changes against its image: "A /path", "C /path", "D /path", sorted. */
  List<String> containerChanges(String ref);

  /** Creates a network and returns its id. */
  String networkCreate(NetworkCreateRequest request);

  /** Returns every network's inspect document, sorted by name. */
  List<ApiObject> networkList();

  /** Returns a network's inspect document. */
  ApiObject networkInspect(String ref);

  /** Removes a network. */
  void networkRemove(String ref);

  /** Removes unused user networks; returns their names. */
  default List<String> networkPrune() {
    return networkPrune(Map.of());
  }

  /** Removes the unused custom networks whose labels match {@code filters}; returns their names. */
  default List<String> networkPrune(java.util.Map<String, List<String>> filters) {
    return networkPrune();
  }

  /** Connects a container to a network, with network-scoped aliases. */
  default void networkConnect(String network, String container, List<String> aliases) {
    networkConnect(network, container, aliases, "");
  }

  /** Connects a container to a network with aliases and, unless {@code ip} is "", the address it asks for. */
  default void networkConnect(String network, String container, List<String> aliases, String ip) {
    networkConnect(network, container, aliases, ip, "");
  }

  /** Connects a container to a network with aliases and the IPv4 and IPv6 addresses it asks for ("" for none). */
  void networkConnect(String network, String container, List<String> aliases, String ip, String ip6);

  /** Disconnects a container from a network. */
  void networkDisconnect(String network, String container);

  /** Returns {@code docker version}'s and {@code docker info}'s facts. */
  Map<String, Object> systemInfo();

  /** Returns disk usage: images, containers, volumes, build cache. */
  DiskUsage systemDf();

  /** Returns the virtual time (epoch millis), for "ago" texts. */
  long now();

  /** Returns the id of any object named {@code ref} (container first, then image, volume), for inspect. */
  String objectType(String ref);
}
