package org.tradedesk.clients;

/** What the client does across the border. */
public enum ClientKind {
    /** 進口商 */
    IMPORTER,
    /** 出口商 */
    EXPORTER,
    /** 進出口商: both */
    IMPORTER_EXPORTER
}
