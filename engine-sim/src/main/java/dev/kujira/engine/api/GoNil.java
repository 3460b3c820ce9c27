package dev.kujira.engine.api;

/**
 * Marks a typed nil in an {@link ApiObject}: Go prints a nil slice as {@code []} and a nil map
 * as {@code map[]} in templates, yet encodes both as JSON {@code null}; a plain Java null is a
 * nil pointer or interface ({@code <nil>}).
 */
public enum GoNil {
  /** A nil slice. */
  SLICE,
  /** A nil map. */
  MAP
}
