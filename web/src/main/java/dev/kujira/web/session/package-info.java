/**
 * Browser sessions: the registry (unguessable ids, a bound on live sessions and on new sessions
 * per address), each session's language and workspaces (a lesson's, a drill's or the sandbox's, with
 * the steps' "predict the output" questions) and the
 * lesson prose rendered from Markdown, and the {@link dev.kujira.web.session.PictureSource} seam
 * through which a workspace draws its state picture (the server hands in the SVG one).
 */
package dev.kujira.web.session;
