/** The clearance rules in plain Java: deadlines and retention read from data, the tariff-code format of a captured line. */
package org.tradedesk.clearance.domain;
