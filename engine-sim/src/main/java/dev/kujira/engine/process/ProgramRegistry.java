package dev.kujira.engine.process;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * Maps executable files to simulated programs.
 *
 * <p>A file names its program in one of three ways: the simulator's own marker content
 * {@code #!kujira:NAME} (the registry catalog's images), a real ELF busybox binary (the image a
 * {@code docker load} brings, whose applets are hard links: the name it was called by picks the
 * applet, as busybox itself does), or a {@code #!} script line naming an interpreter.
 */
public final class ProgramRegistry {
  private static final String MARKER = "#!kujira:";
  private static final Map<byte[], Boolean> BUSYBOX_BINARIES = Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<String, Program> programs;
  private final Program multiCall;

  /**
   * Creates a registry of {@code programs} by name; {@code multiCall} runs a busybox binary.
   */
  public ProgramRegistry(Map<String, Program> programs, Program multiCall) {
    this.programs = Collections.unmodifiableMap(new TreeMap<>(programs));
    this.multiCall = multiCall;
  }

  /** Returns the program registered as {@code name}, or null. */
  public Program named(String name) {
    return programs.get(name);
  }

  /** Returns every registered program name, sorted. */
  public List<String> names() {
    return List.copyOf(programs.keySet());
  }

  /**
   * Returns the program the executable file at {@code path} runs, or null when the file is not
   * a program the simulator knows (exec then fails as with a foreign binary).
   */
  public Program programFor(FileSystemView fs, String path) {
    byte[] content;
    try {
      content = fs.read(path);
    } catch (FsException e) {
      return null;
    }
    if (startsWith(content, MARKER)) {
      int end = indexOf(content, (byte) '\n');
      String name = new String(content, MARKER.length(), (end < 0 ? content.length : end) - MARKER.length(),
          StandardCharsets.UTF_8).trim();
      Program p = name.equals("busybox") ? multiCall : programs.get(name);
      if (p instanceof CompiledProgram c) {
        return c.load(end < 0 ? "" : new String(content, end + 1, content.length - end - 1, StandardCharsets.UTF_8));
      }
      return p != null ? p : new UnsimulatedProgram(name);
    }
    if (isBusyboxBinary(content)) {
      return multiCall;
    }
    if (startsWith(content, "#!")) {
      return new ScriptProgram(this, path, content);
    }
    return null;
  }

  private static boolean isBusyboxBinary(byte[] content) {
    if (content.length < 4 || content[0] != 0x7f || content[1] != 'E' || content[2] != 'L' || content[3] != 'F') {
      return false;
    }
    return BUSYBOX_BINARIES.computeIfAbsent(content, c -> contains(c, "BusyBox".getBytes(StandardCharsets.US_ASCII)));
  }

  private static boolean startsWith(byte[] content, String prefix) {
    if (content.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (content[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] content, byte b) {
    for (int i = 0; i < content.length; i++) {
      if (content[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
