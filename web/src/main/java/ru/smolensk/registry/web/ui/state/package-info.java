/**
 * Where the screens' Faces view state is kept: on the server (one server, the default) or, when sessions are kept in
 * the database for a cluster, in the page itself, encrypted with a secret every server of the cluster shares.
 */
package ru.smolensk.registry.web.ui.state;
