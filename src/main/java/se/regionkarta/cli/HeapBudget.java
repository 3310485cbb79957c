package se.regionkarta.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import se.regionkarta.input.BadInput;

/**
 * Gives {@code serve} a heap budget (issue 13, docs/operations.md "Heap budget"). A JVM cannot change
 * its own maximum heap, so a {@code serve} started without one ({@code -Xmx} or another heap option
 * on the {@code java} command line) starts the server in a child JVM with {@code -Xmx} set to the
 * budget, {@code -XX:+ExitOnOutOfMemoryError} (a server out of memory is in an unknown state: it
 * ends, and its supervisor starts it again), the same class path, options and arguments, and its
 * standard streams. The first JVM passes SIGTERM and SIGINT on, waits for the child to stop, and
 * exits with its exit code. A child whose parent is gone (killed with {@code kill -9}) stops too.
 * An operator's own {@code -Xmx} wins: the server then runs in the first JVM as started.
 */
final class HeapBudget {

    /** The default budget: about four times what the bundled registry needs while serving under load. */
    static final String DEFAULT = "1g";

    /** Set in the child's environment to the parent's process id: the child serves and does not start another. */
    static final String CHILD = "REGIONKARTA_SERVE_PARENT";

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,6}[kKmMgG]");
    private static final String MAIN = "se.regionkarta.App";

    private HeapBudget() {
    }

    /**
     * Returns the budget to use: {@code --heap}, else {@code $REGIONKARTA_HEAP}, else {@link #DEFAULT};
     * refuses one that is not a number with a unit of at least 64 MB.
     */
    static String chosen(String option, String env) {
        String size = option != null ? option : env != null && !env.isBlank() ? env.strip() : DEFAULT;
        String name = option != null ? "--heap" : env != null && !env.isBlank() ? "REGIONKARTA_HEAP" : "--heap";
        if (!SIZE.matcher(size).matches()) {
            throw BadInput.field(name, "a heap size is a number with the unit k, m or g (for example 1g or 768m), got " + size);
        }
        if (bytes(size) < 64L * 1024 * 1024) {
            throw BadInput.field(name, "the server needs a heap of at least 64m, got " + size);
        }
        return size.toLowerCase(Locale.ROOT);
    }

    static long bytes(String size) {
        long n = Long.parseLong(size.substring(0, size.length() - 1));
        return switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'k' -> n * 1024;
            case 'm' -> n * 1024 * 1024;
            default -> n * 1024 * 1024 * 1024;
        };
    }

    /** Tells whether this JVM was started with a heap limit of the operator's (or is the child of a first {@code serve}). */
    static boolean setAlready() {
        if (System.getenv(CHILD) != null) {
            return true;
        }
        return jvmOptions().stream().anyMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize=")
                || o.startsWith("-XX:MaxRAMPercentage=") || o.startsWith("-XX:MaxRAM="));
    }

    /** In the child: stops the server (its shutdown hook) when the first JVM is gone. */
    static void followParent() {
        String parent = System.getenv(CHILD);
        if (parent == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> System.exit(ExitCode.OK)), () -> System.exit(ExitCode.OK));
        } catch (NumberFormatException e) {
            // not a process id: nothing to follow
        }
    }

    /**
     * Serves in a child JVM with the budget as its maximum heap and returns its exit code; stops it
     * when this JVM is asked to stop.
     */
    static int serveInChild(String size, List<String> arguments) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + size);
        command.add("-XX:+ExitOnOutOfMemoryError");
        jvmOptions().stream().filter(o -> !o.startsWith("-agentlib:jdwp") && !o.startsWith("-Xrunjdwp")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(CHILD, Long.toString(ProcessHandle.current().pid()));
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new CliException(ExitCode.INTERNAL, "could not start the server's JVM (" + e.getMessage()
                    + "); start java with -Xmx to serve in this one");
        }
        Thread stop = new Thread(() -> {
            child.destroy(); // SIGTERM: the child finishes the requests in flight and closes the store
            try {
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "regionkarta-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // this JVM is stopping already: the hook runs and finds the child ended
        }
        return code;
    }

    /** Returns the heap budget in force in this JVM, in MiB. */
    static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** Returns the JVM option that set the heap, if one did. */
    static Optional<String> operatorOption() {
        return jvmOptions().stream().filter(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize=")
                || o.startsWith("-XX:MaxRAM")).findFirst();
    }
}
