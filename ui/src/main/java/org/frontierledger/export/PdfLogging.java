package org.frontierledger.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes openhtmltopdf's log (java.util.logging, INFO on every render by default) to SLF4J:
 * warnings and errors as such, the rest at debug.
 */
final class PdfLogging implements XRLogger {
    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    private PdfLogging() {}

    /** Installs this logger once per JVM (openhtmltopdf's logger is global). */
    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfLogging)) {
            XRLog.setLoggerImpl(new PdfLogging());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, msg, th);
        } else {
            log.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are SLF4J's to decide.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int level = diagnostic.getLevel().intValue();
        return level >= Level.WARNING.intValue() || log.isDebugEnabled();
    }
}
