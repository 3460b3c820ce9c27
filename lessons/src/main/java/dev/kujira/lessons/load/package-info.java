/** Reads lesson YAML (snakeyaml-engine) into the model; every problem carries file:line:column. */
package dev.kujira.lessons.load;
