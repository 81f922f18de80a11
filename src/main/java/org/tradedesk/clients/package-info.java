/**
 * Clients of the desk (importers 進口商 and exporters 出口商) with their contacts, the consent each
 * contact gave (個人資料保護法, Personal Data Protection Act), the client's communication history and
 * outgoing mail. A contact's personal data can be exported and erased (anonymised in place); every
 * create, change, view, export and erasure is written to the identity module's audit trail.
 * Public API: {@link org.tradedesk.clients.ClientDirectory}, {@link org.tradedesk.clients.ClientMailer},
 * {@link org.tradedesk.clients.ClientId} and the records and exceptions of this package; other modules add
 * to a client's history by publishing a {@link org.tradedesk.clients.ClientHistoryEvent}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "reporting"})
package org.tradedesk.clients;
