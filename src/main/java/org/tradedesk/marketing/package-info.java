/**
 * T3 international marketing (國際行銷): campaigns for a target market and product, the candidate
 * activities, their selection on the standard's criteria (cultural and social appropriateness, cost,
 * feasibility, fit) by weighted sum, AHP or TOPSIS with the reasons kept, the campaign budget with its
 * approval and versions, and the activity plan and cost budget documents (O3.1.1, O3.1.2).
 * Public API: {@link org.tradedesk.marketing.Campaigns}, {@link org.tradedesk.marketing.CampaignId} and the
 * records and exceptions of this package.
 *
 * <p>A campaign comes from a market decision of the {@code markets} module (T2). The markets module does not
 * store decisions yet, so a campaign keeps the decision as a reference (its id and a text summary), and
 * the arrow to {@code markets} is declared when the link is made.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "identity", "reporting", "clients"})
package org.tradedesk.marketing;
