/**
 * Mistake detectors: named, bilingual explanations of common mistakes, recognised from the state
 * and the last command's result. Shared by lessons and the free REPL.
 */
package dev.kujira.lessons.detect;
