/** Unit tests of the error pages' choices: the kind of error and the page state tokens the screens take. */
package ru.smolensk.registry.web.ui.errors;
