package ru.smolensk.registry.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command an administrator runs to start or stop packaged servers ({@code wlp/bin/server}, the cluster script), with
 * nothing but the environment it is given beside the machine's basics: the variables of the Maven run that could
 * reach a server are left out.
 */
public final class ServerCommand {

    private ServerCommand() {
    }

    /** Runs the command in the folder with exactly these variables added; its output (stdout and stderr). */
    public static String run(List<String> command, Path folder, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (folder != null) {
            pb.directory(folder.toFile());
        }
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("DB_") || k.endsWith("_PORT") || k.startsWith("APP_")
                || k.startsWith("WLP_") || k.startsWith("EXCHANGE_") || k.startsWith("REMINDERS_")
                || k.startsWith("SESSIONS_") || k.startsWith("NODE") || k.startsWith("CLUSTER_"));
        env.putAll(environment);
        Process p = pb.start();
        byte[] output;
        try (InputStream out = p.getInputStream()) {
            output = out.readAllBytes();
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
