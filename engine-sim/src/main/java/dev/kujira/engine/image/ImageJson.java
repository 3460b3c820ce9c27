package dev.kujira.engine.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.util.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes image config JSON (the OCI/Docker image config document). */
public final class ImageJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ImageJson() {
  }

  /** Returns the shared Jackson mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Builds an {@link Image} from its config JSON and its layers (bottom first). */
  public static Image read(String configJson, List<Layer> layers, String parent) {
    JsonNode root;
    try {
      root = MAPPER.readTree(configJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad image config: " + e.getOriginalMessage(), e);
    }
    List<History> history = new ArrayList<>();
    JsonNode h = root.get("history");
    if (h != null) {
      for (JsonNode e : h) {
        history.add(new History(time(e.get("created")), text(e, "created_by"), text(e, "comment"),
            e.has("empty_layer") && e.get("empty_layer").asBoolean()));
      }
    }
    return new Image("sha256:" + Ids.sha256Hex(configJson), configJson, ImageConfig.fromJson(root.get("config")),
        text(root, "architecture"), text(root, "os"), time(root.get("created")), text(root, "author"),
        text(root, "comment"), text(root, "docker_version"), history, layers, parent);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static long time(JsonNode n) {
    if (n == null || n.isNull() || n.asText().isEmpty()) {
      return 0;
    }
    return Instant.parse(n.asText()).toEpochMilli();
  }
}
