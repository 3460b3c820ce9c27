/**
 * Who the browser is, checked on every request: the session cookie (128-bit, HttpOnly,
 * SameSite=Strict), the CSRF token, the language cookie and the security headers (CSP). Below the
 * pages and the API, above the sessions, so neither needs the server's package.
 */
package dev.kujira.web.guard;
