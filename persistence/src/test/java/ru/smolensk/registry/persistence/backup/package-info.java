/** The online backup of the embedded database, restored and compared table by table. */
package ru.smolensk.registry.persistence.backup;
