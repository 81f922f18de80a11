package org.tradedesk.clearance;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link ClearanceReminders} on its schedule ({@code tradedesk.clearance.reminders.cron}; tests switch it off with "-"). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderScheduling {
}
