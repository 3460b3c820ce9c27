package dev.kujira.web;

/** Names the web module until the web issue builds it. */
public final class WebInfo {
  /** The product name the pages show. */
  public static final String PRODUCT = "kujira";

  private WebInfo() {
  }
}
