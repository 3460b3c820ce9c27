/**
 * Browser sessions: the registry (unguessable ids, a bound on live sessions and on new sessions
 * per address), each session's language and workspaces (a lesson's or the sandbox's) and the
 * lesson prose rendered from Markdown.
 */
package dev.kujira.web.session;
