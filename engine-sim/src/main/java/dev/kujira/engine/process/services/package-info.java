/**
 * The programs of the official images' services (nginx, httpd, redis, databases, interpreters,
 * hello-world), modelled as far as a learner meets them. Depends on process only.
 */
package dev.kujira.engine.process.services;
