package dev.kujira.engine.process;

import dev.kujira.engine.fs.FileSystemView;
import dev.kujira.engine.fs.FsException;
import java.nio.charset.StandardCharsets;

/**
 * Serves files from a directory of a process's file system, as static web servers do: "/" and
 * directories answer with index.html; a missing file is a 404 with the server's own page.
 * Files are read at request time, so edits (through a bind mount, say) show at once.
 */
public final class WebRoot implements NetworkView.HttpHandler {
  private final FileSystemView fs;
  private final String root;
  private final String notFoundPage;

  /** Creates a handler serving {@code root} from {@code fs}, answering {@code notFoundPage} for a 404. */
  public WebRoot(FileSystemView fs, String root, String notFoundPage) {
    this.fs = fs.fork();
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.notFoundPage = notFoundPage;
  }

  @Override
  public NetworkView.HttpResult get(String path) {
    String p = path.isEmpty() ? "/" : path;
    int q = p.indexOf('?');
    if (q >= 0) {
      p = p.substring(0, q);
    }
    String file = root + p;
    try {
      if (fs.stat(file).isDirectory()) {
        file = file.replaceAll("/+$", "") + "/index.html";
      }
      return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 200, "OK", fs.read(file));
    } catch (FsException e) {
      return new NetworkView.HttpResult(NetworkView.HttpResult.Kind.ANSWERED, 404, "Not Found",
          notFoundPage.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** busybox httpd's 404 page. */
  public static final String BUSYBOX_404 = "<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>\n"
      + "<BODY><H1>404 Not Found</H1>\nThe requested URL was not found\n</BODY></HTML>\n";

  /** nginx's 404 page. */
  public static final String NGINX_404 = "<html>\n<head><title>404 Not Found</title></head>\n<body>\n"
      + "<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/1.27.3</center>\n</body>\n</html>\n";

  /** Apache httpd's 404 page. */
  public static final String APACHE_404 = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n"
      + "<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n"
      + "<p>The requested URL was not found on this server.</p>\n</body></html>\n";
}
