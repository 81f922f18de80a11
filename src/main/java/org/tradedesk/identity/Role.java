package org.tradedesk.identity;

/** The roles of the desk. A manager can do what a coordinator does, and approve; an admin manages users. */
public enum Role {
    /** 進出口客戶服務(協調)人員: prepares calculations, files, letters. */
    COORDINATOR,
    /** Reviews and approves before anything is released to a client. */
    MANAGER,
    /** Manages users and reference data. */
    ADMIN
}
