/**
 * The REST API of the plan and report workflow under {@code /api/submissions}: views with Russian
 * labels, ETags with the version of a submission and the If-Match precondition of every transition.
 */
package ru.smolensk.registry.web.rest.submission;
