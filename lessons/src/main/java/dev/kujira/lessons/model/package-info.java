/** The lesson model: immutable records read from the lesson YAML. Depends on nothing but goals. */
package dev.kujira.lessons.model;
