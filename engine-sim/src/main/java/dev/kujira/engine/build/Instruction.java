package dev.kujira.engine.build;

import java.util.List;
import java.util.Map;

/**
 * Is one Dockerfile instruction.
 *
 * @param keyword the instruction, upper case ("RUN")
 * @param args the arguments as written (continuations joined), flags removed
 * @param flags the {@code --name=value} flags before the arguments
 * @param line the 1-based line it starts on
 * @param heredocs the bodies of the here-documents ({@code <<EOF}) the arguments name, in order
 */
public record Instruction(String keyword, String args, Map<String, String> flags, int line, List<String> heredocs) {

  /** Creates an instruction without here-documents. */
  public Instruction(String keyword, String args, Map<String, String> flags, int line) {
    this(keyword, args, flags, line, List.of());
  }

  /**
   * Returns the text BuildKit shows for the step, e.g. "RUN echo hi"; a RUN here-document shows
   * its first line in parentheses: {@code RUN <<EOF (echo first > /one...)}.
   */
  public String display() {
    StringBuilder sb = new StringBuilder(keyword);
    flags.forEach((k, v) -> sb.append(" --").append(k).append('=').append(v));
    sb.append(' ').append(args);
    if (keyword.equals("RUN") && !heredocs.isEmpty()) {
      String[] lines = heredocs.get(0).split("\n");
      sb.append(" (").append(lines.length > 0 ? lines[0] : "").append(lines.length > 1 ? "..." : "").append(')');
    }
    return sb.toString();
  }

  /** Returns whether the arguments are a JSON array (exec form). */
  public boolean isJsonForm() {
    return args.trim().startsWith("[") && args.trim().endsWith("]");
  }

  /** Returns the exec-form words, or null when the arguments are not a JSON string array. */
  public List<String> jsonWords() {
    // BuildKit decodes the first JSON value and ignores what follows (parser/line_parsers.go parseJSON
    // uses json.Decoder): COPY [ "b"] x is the one word b.
    if (!args.trim().startsWith("[")) {
      return null;
    }
    try {
      com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(args.trim());
      List<String> out = new java.util.ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode e : n) {
        if (!e.isTextual()) {
          return null;
        }
        out.add(e.asText());
      }
      return out;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }
}
