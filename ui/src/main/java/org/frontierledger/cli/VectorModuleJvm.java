package org.frontierledger.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontierledger.FrontierLedgerApplication;

/**
 * A second JVM, started like this one but with the Java Vector API added, to run a command in.
 * Lucene decodes and searches postings with SIMD instructions only when the incubating module
 * {@value #MODULE} is added at start, which a {@code java -jar} command line cannot ask for from
 * inside the jar; the {@code ledger} script adds it for the server and every command.
 */
final class VectorModuleJvm {

    static final String MODULE = "jdk.incubator.vector";
    /** Set in the second JVM, so it never starts a third. */
    private static final String STARTED_FOR_VECTOR = "ledger.vector-jvm";

    private final List<String> launch;

    private VectorModuleJvm(List<String> launch) {
        this.launch = launch;
    }

    /**
     * The JVM to run this command in, or empty when this one already has the module, is that second
     * JVM, runs on a Java without the module, or cannot tell how it was started.
     */
    static Optional<VectorModuleJvm> forThisCommand() {
        if (ModuleLayer.boot().findModule(MODULE).isPresent()
                || Boolean.getBoolean(STARTED_FOR_VECTOR)
                || ModuleFinder.ofSystem().find(MODULE).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command();
        String classPath = System.getProperty("java.class.path", "");
        if (java.isEmpty() || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> launch = new ArrayList<>();
        launch.add(java.get());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agentlib:jdwp")) { // a debugger's port is taken by this JVM
                launch.add(option);
            }
        }
        launch.add("--add-modules=" + MODULE);
        launch.add("-D" + STARTED_FOR_VECTOR + "=true");
        String command = System.getProperty("sun.java.command", "");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar") && command.startsWith(classPath)) {
            launch.add("-jar");
            launch.add(classPath);
        } else {
            launch.add("-cp");
            launch.add(classPath);
            launch.add(FrontierLedgerApplication.class.getName());
        }
        return Optional.of(new VectorModuleJvm(launch));
    }

    /**
     * Runs {@code args} (the command and its arguments) in the second JVM, sharing this one's
     * standard streams, and returns its exit code; stopping this JVM stops it too.
     */
    int run(List<String> args) {
        List<String> command = new ArrayList<>(launch);
        command.addAll(args);
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stopChild = new Thread(child::destroy, "stop-vector-jvm");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int exit = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LedgerCommandLine.FAILED;
        }
    }
}
