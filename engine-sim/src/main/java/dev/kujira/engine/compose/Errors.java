package dev.kujira.engine.compose;

/** Builds every message compose prints about a compose file or a project, in compose 2.26's words. */
public final class Errors {
  private Errors() {
  }

  static String yaml(int line, String problem) {
    return "yaml: " + (line != 0 ? "line " + line + ": " : "") + problem;
  }

  static String duplicateKey(int line, String key, int first) {
    return "yaml: unmarshal errors:\n  line " + line + ": mapping key \"" + key + "\" already defined at line " + first;
  }

  static String requiredVariable(String name, String message) {
    return "required variable " + name + " is missing a value" + (message.isEmpty() ? "" : ": " + message);
  }

  static String interpolating(String path, String message) {
    return "error while interpolating " + path + ": " + message;
  }

  static String invalidInterpolation(String path, String template) {
    return "invalid interpolation format for " + path + ".\nYou may need to escape any $ with another $.\n" + template;
  }

  static String castInt(String value) {
    return "failed to cast to expected type: strconv.Atoi: parsing \"" + value + "\": invalid syntax";
  }

  static String castBool(String value) {
    return "failed to cast to expected type: invalid boolean: " + value;
  }

  static String validating(String file, String path, String problem) {
    return "validating " + file + ": " + path + " " + problem;
  }

  static String additionalProperty(String key) {
    return "Additional property " + key + " is not allowed";
  }

  static String mustBe(String type) {
    return "must be a " + type;
  }

  static String emptyFile() {
    return "empty compose file";
  }

  static String topLevelNotMapping() {
    return "yaml: unmarshal errors:\n  line 1: cannot unmarshal !!seq into cli.named";
  }

  static String servicesNotMapping() {
    return "services must be a mapping";
  }

  static String serviceNotMapping(String name) {
    return "services." + name + " must be a mapping";
  }

  static String noImage(String service) {
    return "service \"" + service + "\" has neither an image nor a build context specified: invalid compose project";
  }

  static String undefinedService(String service, String dep) {
    return "service \"" + service + "\" depends on undefined service \"" + dep + "\": invalid compose project";
  }

  static String undefinedNetwork(String service, String net) {
    return "service \"" + service + "\" refers to undefined network " + net + ": invalid compose project";
  }

  static String undefinedVolume(String service, String vol) {
    return "service \"" + service + "\" refers to undefined volume " + vol + ": invalid compose project";
  }

  static String undefinedSecret(String service, String secret) {
    return "service \"" + service + "\" refers to undefined secret " + secret + ": invalid compose project";
  }

  static String cannotExtend(String service, String file, String base) {
    return "cannot extend service \"" + service + "\" in " + file + ": service \"" + base + "\" not found";
  }

  static String importConflict(String path) {
    return path + " conflicts with imported resource";
  }

  static String cycle(String path) {
    return "dependency cycle detected: " + path;
  }

  static String envFileMissing(String path) {
    return "env file " + path + " not found: stat " + path + ": no such file or directory";
  }

  static String invalidContainerPort(String port) {
    return "Invalid containerPort: " + port;
  }

  static String invalidDuration(String path, String value) {
    return "decoding failed due to the following error(s):\n\nerror decoding '" + path + "': time: invalid duration \""
        + value + "\"";
  }

  /** Returns compose's message when no compose file is found. */
  public static String noConfigFile() {
    return "no configuration file provided: not found";
  }

  /** Returns the message for a {@code -f} file that does not exist. */
  public static String openFailed(String path) {
    return "open " + path + ": no such file or directory";
  }

  /** Returns the message for a missing {@code --env-file}. */
  public static String envFileNotFound(String path) {
    return "Couldn't find env file: " + path;
  }

  /** Returns the message for a bad {@code -p} name. */
  public static String invalidProjectName(String name) {
    return "invalid project name \"" + name + "\": must consist only of lowercase alphanumeric characters, hyphens, "
        + "and underscores as well as start with a letter or number";
  }

  /** Returns the warning about the obsolete {@code version} key. */
  static String versionObsolete(String file) {
    return file + ": the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential "
        + "confusion";
  }

  static String variableNotSet(String name) {
    return "The \"" + name + "\" variable is not set. Defaulting to a blank string.";
  }

  /** Returns the warning about containers of services the file no longer has. */
  public static String orphans(String names) {
    return "Found orphan containers ([" + names + "]) for this project. If you removed or renamed this service in your "
        + "compose file, you can run this command with the --remove-orphans flag to clean it up.";
  }

  /** Returns the error for a command naming a service the file does not have. */
  public static String noSuchService(String name) {
    return "no such service: " + name;
  }

  /** Returns the error for an external volume that does not exist. */
  static String externalVolumeMissing(String name) {
    return "external volume \"" + name + "\" not found";
  }

  /** Returns cobra's error for too few arguments. */
  public static String minimumArgs(int min, int got) {
    return "requires at least " + min + " arg(s), only received " + got;
  }

  static String noContainerToStart(String service) {
    return "service \"" + service + "\" has no container to start";
  }

  static String unhealthy(String container) {
    return "dependency failed to start: container " + container + " is unhealthy";
  }

  static String noHealthcheck(String container) {
    return "dependency failed to start: container " + container + " has no healthcheck configured";
  }

  static String notCompleted(String service, long code) {
    return "service \"" + service + "\" didn't complete successfully: exit " + code;
  }

  /** Returns cobra's error for a wrong number of arguments. */
  public static String exactArgs(int want, int got) {
    return "accepts " + want + " arg(s), received " + got;
  }

  /** Returns the error for a compose command kujira does not simulate yet. */
  public static String notSimulated(String command) {
    return "docker compose " + command + " is not simulated by kujira yet";
  }

  /** Returns cobra's error for an unknown compose command (conformance c01). */
  public static String unknownCommand(String command) {
    return "unknown docker command: \"compose " + command + "\"";
  }

  /** Returns the error for a port a service does not publish. */
  public static String noPort(int port, String proto, String container, String published) {
    return "no port " + port + "/" + proto + " for container " + container + ": " + published;
  }

  /** Returns the error for a bad SERVICE=NUM. */
  public static String invalidScale(String spec) {
    return "invalid scale specifier: " + spec;
  }

  /** Returns the error for a bad {@code --scale} value. */
  public static String invalidScaleFlag(String spec) {
    return "invalid argument \"" + spec + "\" for \"--scale\" flag";
  }

  /** Returns wait's error when no container of the services runs (conformance c23). */
  public static String noContainers(String project) {
    return "no containers for project \"" + project + "\"";
  }

  /** Returns wait's report of a container that failed (conformance c23). */
  public static String exitedWith(String id, int code) {
    return "container \"" + id + "\" exited with status code " + code;
  }

  /** Returns the error for exec in a service with no running container. */
  public static String notRunning(String service) {
    return "service \"" + service + "\" is not running";
  }
}
