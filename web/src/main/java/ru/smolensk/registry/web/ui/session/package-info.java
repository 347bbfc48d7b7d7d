/** Signing in and out, and the signed-in user shown in the layout of every screen. */
package ru.smolensk.registry.web.ui.session;
