package dev.kujira.engine.image.registry;

/** Web pages the official images ship (nginx's default pages, as in its Debian package). */
final class Pages {
  static final String NGINX_INDEX = String.join("\n",
      "<!DOCTYPE html>",
      "<html>",
      "<head>",
      "<title>Welcome to nginx!</title>",
      "<style>",
      "html { color-scheme: light dark; }",
      "body { width: 35em; margin: 0 auto;",
      "font-family: Tahoma, Verdana, Arial, sans-serif; }",
      "</style>",
      "</head>",
      "<body>",
      "<h1>Welcome to nginx!</h1>",
      "<p>If you see this page, the nginx web server is successfully installed and",
      "working. Further configuration is required.</p>",
      "",
      "<p>For online documentation and support please refer to",
      "<a href=\"http://nginx.org/\">nginx.org</a>.<br/>",
      "Commercial support is available at",
      "<a href=\"http://nginx.com/\">nginx.com</a>.</p>",
      "",
      "<p><em>Thank you for using nginx.</em></p>",
      "</body>",
      "</html>",
      "");

  static final String NGINX_50X = String.join("\n",
      "<!DOCTYPE html>",
      "<html>",
      "<head>",
      "<title>Error</title>",
      "<style>",
      "html { color-scheme: light dark; }",
      "body { width: 35em; margin: 0 auto;",
      "font-family: Tahoma, Verdana, Arial, sans-serif; }",
      "</style>",
      "</head>",
      "<body>",
      "<h1>An error occurred.</h1>",
      "<p>Sorry, the page you are looking for is currently unavailable.<br/>",
      "Please try again later.</p>",
      "<p>If you are the system administrator of this resource then you should check",
      "the error log for details.</p>",
      "<p><em>Faithfully yours, nginx.</em></p>",
      "</body>",
      "</html>",
      "");

  private Pages() {
  }
}
