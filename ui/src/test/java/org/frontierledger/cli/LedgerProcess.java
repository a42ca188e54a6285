package org.frontierledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The packaged jar run as a separate process, as a person runs it, with its output in files so a
 * test can watch it while it runs and kill it ({@code kill -9}: {@link Process#destroyForcibly()}
 * sends SIGKILL on Linux).
 */
final class LedgerProcess {
    static final Path JAR = Path.of("target", "frontier-ledger.jar").toAbsolutePath();

    private final Process process;
    private final Path out;
    private final Path err;

    private LedgerProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code java -jar frontier-ledger.jar ARGS} with these environment variables. */
    static LedgerProcess start(Path logs, Map<String, String> environment, String... args) throws IOException {
        return startIn(null, logs, environment, args);
    }

    /**
     * Starts {@code java -jar frontier-ledger.jar ARGS} in this working folder (null: this process's)
     * with these environment variables.
     */
    static LedgerProcess startIn(Path workingDir, Path logs, Map<String, String> environment, String... args)
            throws IOException {
        // C1 only: these tests start the jar a dozen times on a busy machine, and C2 would double each start.
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        builder.environment().putAll(environment);
        return new LedgerProcess(builder.start(), out, err);
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command did not finish within 3 minutes");
        }
        return process.exitValue();
    }

    /**
     * The lines of standard output and error that a framework wrote (a log line, Spring's banner,
     * logback's own status), which a command must not print: only its own output and errors.
     */
    List<String> frameworkLines() throws IOException {
        return (out() + "\n" + err())
                .lines()
                .filter(line -> FRAMEWORK_LINE.matcher(line).find())
                .toList();
    }

    /** What log lines look like: a level between spaces, ERROR anywhere, Spring, a JUL or logback level line. */
    static final Pattern FRAMEWORK_LINE = Pattern.compile(
            " (TRACE|DEBUG|INFO|WARN) |ERROR|Spring|:: Spring Boot ::|^(SEVERE|WARNING|INFO): |\\|-(INFO|WARN|ERROR) in ");

    /** SIGKILL, then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Standard output so far. */
    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Standard error so far. */
    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /**
     * The sources of the documents printed as recorded so far ("[3] recorded  Title (...)  /path"),
     * from whole lines only: a killed process may leave half a line.
     */
    List<String> recordedSources() throws IOException {
        String out = out();
        return out.substring(0, out.lastIndexOf('\n') + 1)
                .lines()
                .filter(line -> line.matches("\\[\\d+] recorded .*"))
                .map(line -> line.substring(line.lastIndexOf("  ") + 2))
                .toList();
    }
}
