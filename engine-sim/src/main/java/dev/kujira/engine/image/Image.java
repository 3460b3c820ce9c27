package dev.kujira.engine.image;

import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.util.Ids;
import java.util.ArrayList;
import java.util.List;

/**
 * Is a local image: its config and the layers it stacks. The id is the sha256 of the config
 * JSON, so equal content gives equal ids, as in Docker.
 *
 * @param id "sha256:" + hex of the config JSON's digest
 * @param configJson the config JSON exactly as stored
 * @param config the runtime config
 * @param architecture e.g. amd64
 * @param os e.g. linux
 * @param created epoch millis
 * @param author the author, or ""
 * @param comment the comment, or ""
 * @param dockerVersion the docker version that made it, or ""
 * @param history the history, oldest first
 * @param layers the layers, bottom first
 * @param parent the parent image id of a classic build, or ""
 */
public record Image(String id, String configJson, ImageConfig config, String architecture, String os, long created,
    String author, String comment, String dockerVersion, List<History> history, List<Layer> layers, String parent) {

  /** Copies the lists. */
  public Image {
    history = List.copyOf(history);
    layers = List.copyOf(layers);
  }

  /** Returns the total size of the layers, as {@code docker images} counts it. */
  public long size() {
    long s = 0;
    for (Layer l : layers) {
      s += l.size();
    }
    return s;
  }

  /** Returns the layers' chain ids, bottom first: chain(0) = diff(0), chain(n) = sha256(chain(n-1) + " " + diff(n)). */
  public List<String> chainIds() {
    List<String> out = new ArrayList<>();
    String chain = null;
    for (Layer l : layers) {
      chain = chain == null ? l.diffId() : "sha256:" + Ids.sha256Hex(chain + " " + l.diffId());
      out.add(chain);
    }
    return out;
  }
}
