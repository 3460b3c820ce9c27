package dev.kujira.engine.process.busybox;

/**
 * Is a URL as curl and busybox wget read it: {@code [scheme://]host[:port][/path]}, http when no
 * scheme is given; {@code port} is -1 when the text after the colon is not a port
 * ({@code portText} keeps it, for the tools' own error messages).
 */
record Url(String scheme, String host, int port, String portText, String path) {
  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");

  /** Parses {@code text}; never throws. */
  static Url parse(String text) {
    java.util.regex.Matcher m = SCHEME.matcher(text);
    String scheme = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "http";
    String t = text.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
    int slash = t.indexOf('/');
    String hostPort = slash < 0 ? t : t.substring(0, slash);
    String path = slash < 0 ? "/" : t.substring(slash);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    String portText = colon < 0 ? "" : hostPort.substring(colon + 1);
    int port = colon < 0 ? 80 : portText.matches("\\d{1,5}") && Integer.parseInt(portText) <= 65535
        ? Integer.parseInt(portText) : -1;
    return new Url(scheme, host, port, portText, path);
  }
}
