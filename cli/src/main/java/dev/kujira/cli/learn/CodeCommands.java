package dev.kujira.cli.learn;

import dev.kujira.lessons.run.CompletionCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code kujira instructor key} (creates the class key in ~/.kujira/class.key and prints it
 * with its public identifier) and {@code kujira verify CODE [--key FILE]} (checks a completion
 * code offline). Learners put the class key in the same file; {@code learn} then prints a code
 * when a lesson is finished.
 */
public final class CodeCommands {
  private CodeCommands() {
  }

  /** Returns the default class key file. */
  static Path keyFile() {
    return Path.of(System.getProperty("user.home"), ".kujira", "class.key");
  }

  /** Returns the class key, if one is installed. */
  static Optional<byte[]> classKey(Path file) throws IOException {
    return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()
        .getBytes(StandardCharsets.UTF_8)) : Optional.empty();
  }

  /** Runs {@code instructor key}. */
  public static int instructor(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.isEmpty() || !args.get(0).equals("key")) {
      err.println("Usage:  kujira instructor key");
      return 2;
    }
    Path file = keyFile();
    if (!Files.exists(file)) {
      byte[] raw = new byte[24];
      new SecureRandom().nextBytes(raw);
      Files.createDirectories(file.getParent());
      Files.writeString(file, HexFormat.of().formatHex(raw) + "\n", StandardCharsets.UTF_8);
    }
    byte[] key = classKey(file).orElseThrow();
    out.println("class key:  " + new String(key, StandardCharsets.UTF_8) + "   (in " + file + ")");
    out.println("key id:     " + CompletionCode.keyId(key));
    out.println("Give the key to your class (they save it as ~/.kujira/class.key); check codes with `kujira verify CODE`.");
    return 0;
  }

  /** Runs {@code verify CODE [--key FILE]}. */
  public static int verify(List<String> args, PrintStream out, PrintStream err) throws IOException {
    Path file = keyFile();
    String code = null;
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--key") && i + 1 < args.size()) {
        file = Path.of(args.get(++i));
      } else {
        code = args.get(i);
      }
    }
    Optional<byte[]> key = classKey(file);
    if (code == null || key.isEmpty()) {
      err.println(code == null ? "Usage:  kujira verify CODE [--key FILE]" : "kujira verify: no class key in " + file);
      return 2;
    }
    Optional<CompletionCode> c = CompletionCode.parse(code);
    if (c.isPresent() && c.get().verify(key.get())) {
      out.println("valid: " + c.get().learner() + " finished " + c.get().lessonId() + " (version " + c.get().version()
          + ", state " + c.get().stateDigest() + ")");
      return 0;
    }
    out.println("invalid: this code was not made with key " + CompletionCode.keyId(key.get()) + ", or it was changed");
    return 1;
  }
}
