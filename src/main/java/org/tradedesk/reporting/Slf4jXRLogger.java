package org.tradedesk.reporting;

import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's chatter (it logs every font load at INFO to standard error) through SLF4J,
 * one level lower, so the application's logging configuration decides what is shown.
 */
final class Slf4jXRLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.warn(msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.info(msg, th);
        } else {
            logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels come from the SLF4J backend's configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
    }
}
