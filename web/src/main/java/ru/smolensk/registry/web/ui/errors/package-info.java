/**
 * The error page: what went wrong in plain Russian words (a page that is not there, no permission, a request the
 * address does not take, a page that has expired, a failure of the server), without server names, exception classes
 * or server message codes, with the status code the container set.
 */
package ru.smolensk.registry.web.ui.errors;
