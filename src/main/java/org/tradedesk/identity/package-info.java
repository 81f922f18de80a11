/**
 * Who uses the desk and what they did: users with the roles COORDINATOR, MANAGER and ADMIN,
 * login (form for pages, HTTP Basic or a personal token for the API), and the audit trail of
 * who created, changed, viewed, exported or erased personal data. Its public API is
 * {@link org.tradedesk.identity.AuditTrail}, {@link org.tradedesk.identity.CurrentUser},
 * {@link org.tradedesk.identity.UserNames} and {@link org.tradedesk.identity.CoordinatorSignature} (how a mail sent in a
 * user's name is signed).
 */

@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.tradedesk.identity;
