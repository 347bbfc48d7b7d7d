/** The staff screens (Jakarta Faces, PrimeFaces): shared helpers for texts and reporting periods. */
package ru.smolensk.registry.web.ui;
