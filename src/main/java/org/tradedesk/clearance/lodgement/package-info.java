/**
 * The adapters of {@link org.tradedesk.clearance.domain.LodgementChannel}: a file drop into an outbox directory
 * ({@code tradedesk.clearance.lodgement.channel=outbox}, the default) and an HTTP POST to a configured endpoint
 * ({@code =http}); chosen by configuration in {@link org.tradedesk.clearance.lodgement.LodgementConfig}.
 */
package org.tradedesk.clearance.lodgement;
