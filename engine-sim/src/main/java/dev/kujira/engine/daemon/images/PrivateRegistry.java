package dev.kujira.engine.daemon.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kujira.engine.image.Image;
import dev.kujira.engine.image.ImageJson;
import dev.kujira.engine.image.Reference;
import dev.kujira.engine.layer.Layer;
import dev.kujira.engine.layer.TarReader;
import dev.kujira.engine.process.RegistryEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads images back from a registry container: the manifest a tag names, the config blob, and
 * each layer, taken from the local store when its diff id is already here, otherwise unpacked
 * from the registry's gzip blob.
 */
public final class PrivateRegistry {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ImageDaemon state;
  private final RegistryEndpoint endpoint;
  private JsonNode lastManifest;

  public PrivateRegistry(ImageDaemon state, RegistryEndpoint endpoint) {
    this.state = state;
    this.endpoint = endpoint;
  }

  public List<String> tags(Reference ref) {
    return endpoint.tags(ref.path());
  }

  public Optional<Registry.Pulled> fetch(Reference ref) {
    Optional<String> digest = endpoint.resolve(ref.path(), ref.digest().isEmpty() ? ref.tag() : ref.digest());
    if (digest.isEmpty()) {
      return Optional.empty();
    }
    JsonNode manifest = read(endpoint.blob(digest.get()).orElseThrow());
    lastManifest = manifest;
    String config = new String(endpoint.blob(manifest.path("config").path("digest").asText()).orElseThrow(),
        StandardCharsets.UTF_8);
    JsonNode diffIds = read(config.getBytes(StandardCharsets.UTF_8)).path("rootfs").path("diff_ids");
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i < diffIds.size(); i++) {
      String diffId = diffIds.get(i).asText();
      String blob = manifest.path("layers").get(i).path("digest").asText();
      layers.add(state.localLayer(diffId).orElseGet(() -> unpack(blob, diffId)));
    }
    return Optional.of(new Registry.Pulled(ImageJson.read(config, layers, ""), digest.get()));
  }

  /** Returns the short id pull progress shows for layer {@code i}: its compressed blob's digest. */
  public String blobId(Image img, int i) {
    return lastManifest.path("layers").get(i).path("digest").asText().substring(7, 19);
  }

  private Layer unpack(String blob, String diffId) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(endpoint.blob(blob).orElseThrow()))) {
      return TarReader.layer(in.readAllBytes()).withDiffId(diffId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
