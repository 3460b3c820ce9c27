package dev.kujira.engine.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Is one Dockerfile instruction, parsed once by {@link Dockerfile#parse}: one record per
 * instruction Docker 26.1's frontend knows (BuildKit's instructions.* types), each with the
 * parts common to all ({@link Parts}) and, where an instruction has its own shape, the fields
 * read from it (FROM's base and stage name). The builders dispatch on {@link #kind()}: a switch
 * over the closed set of kinds, so the compiler sees every instruction (Java 17 has no pattern
 * switch over sealed types).
 */
public sealed interface Instruction {

  /** Is the instruction's keyword, as Docker writes it in history and in BuildKit's step titles. */
  enum Kind {
    FROM, RUN, CMD, LABEL, MAINTAINER, EXPOSE, ENV, ADD, COPY, ENTRYPOINT, VOLUME, USER, WORKDIR, ARG, ONBUILD,
    STOPSIGNAL, HEALTHCHECK, SHELL;

    /** Returns the kind for a keyword in any case, or null for a word that is no instruction. */
    public static Kind of(String word) {
      try {
        return valueOf(word.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  /**
   * Is what every instruction has.
   *
   * @param args the arguments as written (continuations joined), flags removed
   * @param flags the {@code --name=value} flags before the arguments
   * @param line the 1-based line it starts on
   * @param heredocs the bodies of the here-documents ({@code <<EOF}) the arguments name, in order
   * @param json the exec-form words (a JSON string array), or null for the shell form
   */
  record Parts(String args, Map<String, String> flags, int line, List<String> heredocs, List<String> json) {
  }

  /** Returns which instruction this is. */
  Kind kind();

  /** Returns the parts every instruction has. */
  Parts parts();

  /** Returns the keyword, upper case ("RUN"). */
  default String keyword() {
    return kind().name();
  }

  /** Returns the arguments as written, flags removed. */
  default String args() {
    return parts().args();
  }

  /** Returns the {@code --name=value} flags. */
  default Map<String, String> flags() {
    return parts().flags();
  }

  /** Returns the 1-based line the instruction starts on. */
  default int line() {
    return parts().line();
  }

  /** Returns the here-document bodies. */
  default List<String> heredocs() {
    return parts().heredocs();
  }

  /** Returns whether the arguments are a JSON array (exec form). */
  default boolean isJsonForm() {
    return args().trim().startsWith("[") && args().trim().endsWith("]");
  }

  /** Returns the exec-form words, or null when the arguments are not a JSON string array. */
  default List<String> jsonWords() {
    // A copy: callers extend the words (SHELL's prefix, ENTRYPOINT with CMD).
    return parts().json() == null ? null : new java.util.ArrayList<>(parts().json());
  }

  /**
   * Returns COPY/ADD's {@code --from} source, or null for the build context. An empty value is
   * none: BuildKit tests {@code flFrom.Value != ""} (instructions/parse.go), and the legacy builder
   * too (recorded on Docker 26.1: {@code COPY --from= a /b} copies {@code a} from the context).
   */
  default String copyFrom() {
    String from = flags().get("from");
    return from == null || from.isEmpty() ? null : from;
  }

  /** Returns whether the instruction copies files in (COPY or ADD). */
  default boolean copies() {
    return kind() == Kind.COPY || kind() == Kind.ADD;
  }

  /**
   * Returns the text BuildKit shows for the step, e.g. "RUN echo hi"; a RUN here-document shows
   * its first line in parentheses: {@code RUN <<EOF (echo first > /one...)}.
   */
  default String display() {
    StringBuilder sb = new StringBuilder(keyword());
    flags().forEach((k, v) -> sb.append(" --").append(k).append('=').append(v));
    sb.append(' ').append(args());
    if (kind() == Kind.RUN && !heredocs().isEmpty()) {
      String[] lines = heredocs().get(0).split("\n");
      sb.append(" (").append(lines.length > 0 ? lines[0] : "").append(lines.length > 1 ? "..." : "").append(')');
    }
    return sb.toString();
  }

  /** Returns the instruction {@code kind} with arguments {@code args} and no flags or here-documents. */
  static Instruction of(Kind kind, String args, int line) {
    return of(kind, args, Map.of(), line, List.of());
  }

  /** Returns the record for {@code kind}, its arguments read once. */
  static Instruction of(Kind kind, String args, Map<String, String> flags, int line, List<String> heredocs) {
    Parts p = new Parts(args, flags, line, heredocs, InstructionJson.words(args));
    return switch (kind) {
      case FROM -> From.of(p);
      case RUN -> new Run(p);
      case CMD -> new Cmd(p);
      case LABEL -> new Label(p);
      case MAINTAINER -> new Maintainer(p);
      case EXPOSE -> new Expose(p);
      case ENV -> new Env(p);
      case ADD -> new Add(p);
      case COPY -> new Copy(p);
      case ENTRYPOINT -> new Entrypoint(p);
      case VOLUME -> new Volume(p);
      case USER -> new User(p);
      case WORKDIR -> new Workdir(p);
      case ARG -> new Arg(p);
      case ONBUILD -> new Onbuild(p);
      case STOPSIGNAL -> new StopSignal(p);
      case HEALTHCHECK -> new Healthcheck(p);
      case SHELL -> new Shell(p);
    };
  }

  /**
   * FROM: the base (an image or an earlier stage, before ARG expansion) and the stage's name.
   *
   * @param parts the common parts
   * @param base the first word
   * @param stageName the name after AS, lower case as BuildKit keeps it, or "" for none
   */
  record From(Parts parts, String base, String stageName) implements Instruction {
    static From of(Parts p) {
      String[] w = p.args().trim().split("\\s+");
      String name = w.length == 3 && w[1].equalsIgnoreCase("AS") ? w[2].toLowerCase(Locale.ROOT) : "";
      return new From(p, w[0], name);
    }

    @Override
    public Kind kind() {
      return Kind.FROM;
    }
  }

  /** RUN: a command run in the build's files (shell or exec form, here-documents). */
  record Run(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.RUN;
    }
  }

  /** CMD: the image's default command. */
  record Cmd(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.CMD;
    }
  }

  /** LABEL: key=value pairs on the image. */
  record Label(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.LABEL;
    }
  }

  /** MAINTAINER: the deprecated author field. */
  record Maintainer(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.MAINTAINER;
    }
  }

  /** EXPOSE: ports the image documents. */
  record Expose(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.EXPOSE;
    }
  }

  /** ENV: environment variables of the image and of later steps. */
  record Env(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.ENV;
    }
  }

  /** ADD: files from the context, a URL or an archive to unpack. */
  record Add(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.ADD;
    }
  }

  /** COPY: files from the context or another stage. */
  record Copy(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.COPY;
    }
  }

  /** ENTRYPOINT: the image's entrypoint. */
  record Entrypoint(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.ENTRYPOINT;
    }
  }

  /** VOLUME: anonymous volume mount points. */
  record Volume(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.VOLUME;
    }
  }

  /** USER: the user later steps and the container run as. */
  record User(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.USER;
    }
  }

  /** WORKDIR: the working directory (made if missing). */
  record Workdir(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.WORKDIR;
    }
  }

  /** ARG: build arguments, with defaults. */
  record Arg(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.ARG;
    }
  }

  /** ONBUILD: an instruction kept for builds from this image. */
  record Onbuild(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.ONBUILD;
    }
  }

  /** STOPSIGNAL: the signal docker stop sends. */
  record StopSignal(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.STOPSIGNAL;
    }
  }

  /** HEALTHCHECK: the container's health test, or NONE. */
  record Healthcheck(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.HEALTHCHECK;
    }
  }

  /** SHELL: the shell for later shell-form instructions (JSON form only). */
  record Shell(Parts parts) implements Instruction {
    @Override
    public Kind kind() {
      return Kind.SHELL;
    }
  }
}
