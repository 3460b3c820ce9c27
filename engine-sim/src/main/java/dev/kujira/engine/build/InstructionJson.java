package dev.kujira.engine.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads an instruction's exec form (a JSON string array) once, when the Dockerfile is parsed. */
final class InstructionJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InstructionJson() {
  }

  /** Returns the exec-form words of {@code args}, or null when they are not a JSON string array. */
  static List<String> words(String args) {
    // BuildKit decodes the first JSON value and ignores what follows (parser/line_parsers.go parseJSON
    // uses json.Decoder): COPY [ "b"] x is the one word b.
    if (!args.trim().startsWith("[")) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(args.trim());
      List<String> out = new ArrayList<>();
      for (JsonNode e : n) {
        if (!e.isTextual()) {
          return null;
        }
        out.add(e.asText());
      }
      return List.copyOf(out);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
