package dev.kujira.engine.image.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.layer.TarReader;
import dev.kujira.engine.util.Ids;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@code docker save} archives: {@code manifest.json} (Config, RepoTags, Layers; Docker 26
 * points them into the OCI {@code blobs/sha256/} store) with gzip or plain layer tars. Parsed
 * archives are cached by content, so every session that loads the same archive shares its
 * immutable layers.
 */
public final class DockerArchive {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Parsed archives by content, bounded: a learner's own {@code docker load} is not kept for ever. */
  private static final dev.kujira.engine.util.SharedCache<String, List<ArchiveImage>> CACHE =
      new dev.kujira.engine.util.SharedCache<>(16);
  private static final Map<byte[], List<ArchiveImage>> BY_ARRAY =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private DockerArchive() {
  }

  /** Reads the images of an archive; an archive that is not one fails with IllegalArgumentException. */
  public static List<ArchiveImage> read(byte[] archive) {
    List<ArchiveImage> same = BY_ARRAY.get(archive);
    if (same != null) {
      return same;
    }
    List<ArchiveImage> images = CACHE.get(Ids.sha256Hex(archive), k -> parse(archive));
    BY_ARRAY.put(archive, images);
    return images;
  }

  private static List<ArchiveImage> parse(byte[] archive) {
    Map<String, byte[]> files = TarReader.files(archive);
    byte[] manifest = files.get("manifest.json");
    if (manifest == null) {
      throw new IllegalArgumentException("open manifest.json: no such file or directory");
    }
    List<ArchiveImage> out = new ArrayList<>();
    try {
      for (JsonNode entry : MAPPER.readTree(manifest)) {
        byte[] config = files.get(entry.get("Config").asText());
        List<String> tags = new ArrayList<>();
        if (entry.hasNonNull("RepoTags")) {
          entry.get("RepoTags").forEach(t -> tags.add(t.asText()));
        }
        List<Layer> layers = new ArrayList<>();
        JsonNode diffIds = MAPPER.readTree(config).path("rootfs").path("diff_ids");
        int i = 0;
        for (JsonNode l : entry.get("Layers")) {
          Layer layer = TarReader.layer(uncompressed(files.get(l.asText())));
          // The config names its layers; keep those ids (they are the image's content addresses).
          layers.add(i < diffIds.size() ? layer.withDiffId(diffIds.get(i).asText()) : layer);
          i++;
        }
        out.add(new ArchiveImage(new String(config, StandardCharsets.UTF_8), tags, layers));
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalArgumentException("invalid archive: " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }

  private static byte[] uncompressed(byte[] blob) {
    if (blob.length > 2 && (blob[0] & 0xff) == 0x1f && (blob[1] & 0xff) == 0x8b) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(blob))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return blob;
  }
}
