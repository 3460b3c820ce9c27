package dev.kujira.engine.gotemplate;

import java.util.List;

/**
 * Is a value with methods, as docker's formatter contexts are ({@code .Names}, {@code .Label "k"}).
 */
public interface GoObject {

  /** Returns the Go type name templates report in errors, e.g. "*formatter.ContainerContext". */
  String goTypeName();

  /** Returns whether {@code name} is a method or field of this value. */
  boolean hasMethod(String name);

  /** Calls method {@code name} with {@code args}. */
  Object call(String name, List<Object> args);

  /**
   * Returns the methods {@code {{json .}}} encodes: docker/cli's formatter contexts marshal every
   * argument-less method as a JSON object with sorted keys ({@code marshalMap}). Empty for values
   * that are not contexts.
   */
  default List<String> jsonFields() {
    return List.of();
  }

  /**
   * Returns what {@code {{json .}}} encodes for a plain Go struct holding contexts (its fields in
   * declaration order, through json.Marshal), or null for a value without one.
   */
  default Object jsonValue() {
    return null;
  }
}
