package dev.kujira.engine.process.services;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import dev.kujira.engine.process.NetworkView.HttpResult;
import dev.kujira.engine.process.RegistryEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Is the distribution registry inside a {@code registry:2} container. It keeps its data where
 * the real one does, under /var/lib/registry/docker/registry/v2 (the image's VOLUME): blobs at
 * {@code blobs/sha256/ab/abcd…/data}, and per repository {@code _layers} and
 * {@code _manifests/revisions} links and {@code _manifests/tags/TAG/current/link}. So the data
 * lives and dies with the volume, and snapshots carry it like any file.
 *
 * <p>HTTP answers, bodies and error documents are those of distribution 2.8 (recorded with curl
 * against Debian's docker-registry 2.8.2).
 */
final class RegistryServer implements RegistryEndpoint {
  private static final String ROOT = "/var/lib/registry/docker/registry/v2";
  private final FileSystemView fs;

  RegistryServer(FileSystemView fs) {
    this.fs = fs.fork();
  }

  @Override
  public HttpResult get(String path) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (p.equals("/v2/") || p.equals("/v2")) {
      return json(200, "{}");
    }
    if (p.equals("/v2/_catalog")) {
      List<String> repos = repositories();
      return json(200, "{\"repositories\":" + array(repos) + "}\n");
    }
    if (p.startsWith("/v2/") && p.endsWith("/tags/list")) {
      String repo = p.substring(4, p.length() - "/tags/list".length());
      if (!fs.exists(repoDir(repo))) {
        return json(404, "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\","
            + "\"detail\":{\"name\":\"" + repo + "\"}}]}\n");
      }
      return json(200, "{\"name\":\"" + repo + "\",\"tags\":" + array(tags(repo)) + "}\n");
    }
    int m = p.indexOf("/manifests/");
    if (p.startsWith("/v2/") && m > 4) {
      String repo = p.substring(4, m);
      String ref = p.substring(m + "/manifests/".length());
      Optional<byte[]> body = resolve(repo, ref).flatMap(this::blob);
      if (body.isPresent()) {
        return new HttpResult(HttpResult.Kind.ANSWERED, 200, "OK", body.get());
      }
      String key = ref.startsWith("sha256:") ? "Digest" : "Tag";
      return json(404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\",\"detail\":{\""
          + key + "\":\"" + ref + "\"}}]}\n");
    }
    return new HttpResult(HttpResult.Kind.ANSWERED, 404, "Not Found", "404 page not found\n".getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean hasBlob(String digest) {
    return fs.exists(blobPath(digest));
  }

  @Override
  public List<String> linkedFrom(String digest) {
    List<String> out = new ArrayList<>();
    for (String repo : repositories()) {
      if (fs.exists(repoDir(repo) + "/_layers/sha256/" + hex(digest) + "/link")) {
        out.add(repo);
      }
    }
    return out;
  }

  @Override
  public Optional<byte[]> blob(String digest) {
    try {
      return Optional.of(fs.read(blobPath(digest)));
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  @Override
  public void putBlob(String repo, String digest, byte[] data) {
    if (!hasBlob(digest)) {
      write(blobPath(digest), data);
    }
    write(repoDir(repo) + "/_layers/sha256/" + hex(digest) + "/link", digest.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void putManifest(String repo, String tag, String digest, byte[] json) {
    if (!hasBlob(digest)) {
      write(blobPath(digest), json);
    }
    byte[] link = digest.getBytes(StandardCharsets.UTF_8);
    write(repoDir(repo) + "/_manifests/revisions/sha256/" + hex(digest) + "/link", link);
    if (!tag.isEmpty()) {
      write(repoDir(repo) + "/_manifests/tags/" + tag + "/current/link", link);
    }
  }

  @Override
  public Optional<String> resolve(String repo, String reference) {
    String link = reference.startsWith("sha256:")
        ? repoDir(repo) + "/_manifests/revisions/sha256/" + hex(reference) + "/link"
        : repoDir(repo) + "/_manifests/tags/" + reference + "/current/link";
    try {
      return Optional.of(new String(fs.read(link), StandardCharsets.UTF_8));
    } catch (FsException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> tags(String repo) {
    String dir = repoDir(repo) + "/_manifests/tags";
    return fs.exists(dir) ? new ArrayList<>(new TreeSet<>(fs.list(dir))) : List.of();
  }

  /** Returns the repositories, found as the real registry's catalog walks for {@code _manifests} folders. */
  private List<String> repositories() {
    TreeSet<String> out = new TreeSet<>();
    walk(ROOT + "/repositories", "", out);
    return new ArrayList<>(out);
  }

  private void walk(String dir, String prefix, TreeSet<String> out) {
    if (!fs.exists(dir)) {
      return;
    }
    for (String name : fs.list(dir)) {
      if (name.equals("_manifests")) {
        out.add(prefix.substring(0, prefix.length() - 1));
      } else if (!name.startsWith("_") && fs.stat(dir + "/" + name).isDirectory()) {
        walk(dir + "/" + name, prefix + name + "/", out);
      }
    }
  }

  private void write(String path, byte[] data) {
    fs.mkdir(path.substring(0, path.lastIndexOf('/')), true);
    fs.write(path, data, false);
  }

  private static String repoDir(String repo) {
    return ROOT + "/repositories/" + repo;
  }

  private static String blobPath(String digest) {
    String hex = hex(digest);
    return ROOT + "/blobs/sha256/" + hex.substring(0, 2) + "/" + hex + "/data";
  }

  private static String hex(String digest) {
    return digest.startsWith("sha256:") ? digest.substring(7) : digest;
  }

  private static String array(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(items.get(i)).append('"');
    }
    return sb.append(']').toString();
  }

  private static HttpResult json(int status, String body) {
    return new HttpResult(HttpResult.Kind.ANSWERED, status, status == 200 ? "OK" : "Not Found",
        body.getBytes(StandardCharsets.UTF_8));
  }
}
