/**
 * T3 international marketing (國際行銷): campaigns for a target market and product, the candidate
 * activities, their selection on the standard's criteria (cultural and social appropriateness, cost,
 * feasibility, fit) by weighted sum, AHP or TOPSIS with the reasons kept, the campaign budget with its
 * approval and versions, and the activity plan and cost budget documents (O3.1.1, O3.1.2).
 * Public API: {@link org.tradedesk.marketing.Campaigns}, {@link org.tradedesk.marketing.CampaignId} and the
 * records and exceptions of this package.
 *
 * <p>A campaign comes from a market decision of the {@code markets} module (T2): {@code MarketDecisionLinks}
 * links it to a decision recorded there, read through the markets module's public API
 * ({@code markets.ResearchProjects}) only; {@code markets} never uses this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "identity", "reporting", "clients", "markets", "tariff"})
package org.tradedesk.marketing;
