package org.tradedesk.clients;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes other modules' {@link ClientHistoryEvent}s into the client's history, after their transaction committed. */
@Component
class ClientHistoryRecorder {

    private final ClientDirectory directory;

    ClientHistoryRecorder(ClientDirectory directory) {
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(ClientHistoryEvent event) {
        directory.logCommunication(event.clientId().value(), event.historyEntry(), event.recordedBy());
    }
}
