package ru.smolensk.registry.web.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ListeningPortsTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void findsAPortThisProcessListensOnAndNotOneItClosed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Set<Integer> ports = ListeningPorts.ofThisProcess().read().orElseThrow();
            assertTrue(ports.contains(socket.getLocalPort()), ports + " lacks " + socket.getLocalPort());
            closedPort = socket.getLocalPort();
        }
        assertFalse(ListeningPorts.ofThisProcess().read().orElseThrow().contains(closedPort));
    }

    @Test
    void readsOnlyListeningSocketsOfItsOwnInodes() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 00000000:4D3C 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 111 1",
                "   1: 0100007F:1538 00000000:0000 0A 00000000:00000000 00:00000000 00000000   108        0 222 1",
                "   2: 0100007F:4D3C 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 333 1");
        Set<Integer> ports = new HashSet<>();
        ListeningPorts.collectListening(table, Set.of("111", "333"), ports);
        assertEquals(Set.of(19772), ports, "port 0x4D3C listens with our inode; 5432 is another's; 333 is connected");
    }

    @Test
    void cannotTellWithoutProc(@TempDir Path empty) {
        assertTrue(new ListeningPorts(empty).read().isEmpty());
    }
}
