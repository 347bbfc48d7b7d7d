/**
 * The OpenAPI document as a contract: what the annotation scanner cannot know (error bodies and their codes, the
 * roles of each operation, stable operation ids) is added to every operation in one place.
 */
package ru.smolensk.registry.web.rest.openapi;
