package org.tradedesk.markets;

/** An import's state: QUEUED → RUNNING → SUCCEEDED or FAILED (a refused file, an interrupted job). */
public enum DatasetStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean running() {
        return this == QUEUED || this == RUNNING;
    }
}
