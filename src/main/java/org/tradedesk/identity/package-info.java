/**
 * Who uses the desk and what they did: users with the roles COORDINATOR, MANAGER and ADMIN,
 * login (form for pages, HTTP Basic or a personal token for the API), and the audit trail of
 * who created, changed, viewed, exported or erased personal data. Its public API is
 * {@link org.tradedesk.identity.AuditTrail}, {@link org.tradedesk.identity.CurrentUser} and
 * {@link org.tradedesk.identity.UserNames}.
 */

@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.tradedesk.identity;
