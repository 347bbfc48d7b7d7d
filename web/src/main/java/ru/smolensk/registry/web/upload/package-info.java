/**
 * Reading uploaded office documents with the configured limits: shared by the import screen and the import API, so
 * neither depends on the other.
 */
package ru.smolensk.registry.web.upload;
