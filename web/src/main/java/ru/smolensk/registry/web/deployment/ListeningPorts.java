package ru.smolensk.registry.web.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP ports this process listens on, from Linux's {@code /proc}: the socket inodes among the process's open files,
 * matched with the listening sockets of {@code /proc/self/net/tcp} and {@code tcp6}. A port that another process holds
 * is not among them, which is what tells a server that could not bind its port from one that did.
 */
final class ListeningPorts {

    private static final String LISTEN = "0A";

    private final Path proc;

    ListeningPorts(Path proc) {
        this.proc = proc;
    }

    static ListeningPorts ofThisProcess() {
        return new ListeningPorts(Path.of("/proc/self"));
    }

    /** The ports this process listens on, or empty where {@code /proc} cannot tell (not Linux). */
    Optional<Set<Integer>> read() {
        if (!Files.isDirectory(proc.resolve("fd")) || !Files.isReadable(proc.resolve("net/tcp"))) {
            return Optional.empty();
        }
        try {
            Set<String> inodes = socketInodes();
            Set<Integer> ports = new HashSet<>();
            for (String table : List.of("net/tcp", "net/tcp6")) {
                Path file = proc.resolve(table);
                if (Files.isReadable(file)) {
                    collectListening(Files.readAllLines(file), inodes, ports);
                }
            }
            return Optional.of(ports);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Set<String> socketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException | UnsupportedOperationException closedMeanwhile) {
                    // a file closed while the folder was listed
                }
            });
        }
        return inodes;
    }

    static void collectListening(List<String> table, Set<String> inodes, Set<Integer> ports) {
        for (String line : table.subList(Math.min(1, table.size()), table.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 9 && LISTEN.equals(f[3]) && inodes.contains(f[9])) {
                String local = f[1];
                ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
            }
        }
    }
}
