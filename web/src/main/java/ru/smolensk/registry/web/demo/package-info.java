/** Demo mode: account bindings and sample data for the embedded-database demo server. */
package ru.smolensk.registry.web.demo;
