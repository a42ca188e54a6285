package org.frontierledger;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's start class, compiled for Java 17 (the oldest Java that Spring Boot's launcher runs
 * on): on an older Java than Frontier Ledger needs it says so and which Java to use, instead of
 * failing with a class-version error; otherwise it hands over to {@code FrontierLedgerApplication}.
 */
public final class JavaVersionCheck {

    /** The Java release the application is compiled for. */
    static final int NEEDED = 21;

    private JavaVersionCheck() {}

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < NEEDED) {
            System.err.println("Frontier Ledger needs Java " + NEEDED + " or newer; this is Java " + running + " ("
                    + System.getProperty("java.home") + ").\n"
                    + "Start it with ./ledger, which finds a newer Java itself, or with the java of a newer JDK,"
                    + " as in <JDK 21+>/bin/java -jar ui/target/frontier-ledger.jar (look under /usr/lib/jvm).");
            System.exit(1);
        }
        // By name, so this class loads on Java 17 without the application's Java 21 classes.
        try {
            Class.forName("org.frontierledger.FrontierLedgerApplication").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
