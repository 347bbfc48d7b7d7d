/** System tests over HTTP against the Liberty server started by the build. */
package ru.smolensk.registry.it;
