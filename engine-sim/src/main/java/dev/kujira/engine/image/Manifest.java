package dev.kujira.engine.image;

import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.util.Ids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Is an image as a registry holds it: a Docker schema 2 manifest naming the config blob and one
 * gzip-compressed blob per layer. The manifest's bytes are laid out as the daemon's distribution
 * code marshals them (Go's {@code json.MarshalIndent} with three spaces), so its size and digest
 * behave like the real ones: a one-layer busybox manifest is 527 bytes, as {@code docker push}
 * reports on Docker 26.1 (recorded against a registry at localhost:5000).
 *
 * @param json the manifest's bytes
 * @param digest "sha256:" + hex of {@code json}
 * @param configDigest the config blob's digest (the image id)
 * @param layers the layer blobs, bottom first
 */
public record Manifest(byte[] json, String digest, String configDigest, List<Blob> layers) {
  /** The media type of the manifest. */
  public static final String MEDIA_TYPE = "application/vnd.docker.distribution.manifest.v2+json";
  private static final Map<String, Blob> COMPRESSED = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Blob> eldest) {
      return size() > 64;
    }
  });

  /**
   * Is one compressed layer blob.
   *
   * @param diffId the digest of the uncompressed tar (the config's diff id)
   * @param digest the digest of the gzip stream (what registries and pull progress name)
   * @param size the gzip stream's length
   * @param gzip the gzip stream
   */
  public record Blob(String diffId, String digest, long size, byte[] gzip) {
  }

  /** Returns the manifest of {@code image}, compressing each layer once per JVM (layers are content-addressed). */
  public static Manifest of(Image image) {
    List<Blob> blobs = new ArrayList<>();
    for (Layer l : image.layers()) {
      blobs.add(COMPRESSED.computeIfAbsent(l.diffId(), id -> compress(l)));
    }
    byte[] config = image.configJson().getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    sb.append("{\n   \"schemaVersion\": 2,\n   \"mediaType\": \"").append(MEDIA_TYPE).append("\",\n");
    sb.append("   \"config\": {\n      \"mediaType\": \"application/vnd.docker.container.image.v1+json\",\n");
    sb.append("      \"size\": ").append(config.length).append(",\n      \"digest\": \"").append(image.id())
        .append("\"\n   },\n   \"layers\": [");
    for (int i = 0; i < blobs.size(); i++) {
      Blob b = blobs.get(i);
      sb.append(i == 0 ? "\n" : ",\n");
      sb.append("      {\n         \"mediaType\": \"application/vnd.docker.image.rootfs.diff.tar.gzip\",\n");
      sb.append("         \"size\": ").append(b.size()).append(",\n         \"digest\": \"").append(b.digest())
          .append("\"\n      }");
    }
    sb.append(blobs.isEmpty() ? "]\n}" : "\n   ]\n}");
    byte[] json = sb.toString().getBytes(StandardCharsets.UTF_8);
    return new Manifest(json, "sha256:" + Ids.sha256Hex(json), image.id(), blobs);
  }

  private static Blob compress(Layer layer) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(layer.toTar());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = buf.toByteArray();
    return new Blob(layer.diffId(), "sha256:" + Ids.sha256Hex(bytes), bytes.length, bytes);
  }
}
