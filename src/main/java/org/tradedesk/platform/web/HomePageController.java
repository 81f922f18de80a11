package org.tradedesk.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.WorkItem;
import org.tradedesk.platform.WorkQueueProvider;

/**
 * The start page: the signed-in user's work queue — what every module says is waiting for them ({@link WorkQueueProvider}),
 * grouped by area, each group due soonest first — above the four duties of the standard, each a door into its module.
 */
@Controller
class HomePageController {

    private static final Logger log = LoggerFactory.getLogger(HomePageController.class);

    /** A work item as the page shows it: the text already in the reader's language. */
    record Shown(WorkItem item, String text) {
    }

    private final ObjectProvider<WorkQueueProvider> providers;
    private final MessageTexts texts;

    HomePageController(ObjectProvider<WorkQueueProvider> providers, MessageTexts texts) {
        this.providers = providers;
        this.texts = texts;
    }

    @GetMapping("/")
    String home(Model model) {
        List<WorkItem> items = new ArrayList<>();
        providers.orderedStream().forEach(p -> {
            try {
                items.addAll(p.workForCurrentUser());
            } catch (RuntimeException e) {
                // one module's trouble does not take the start page down; the rest of the queue is still shown
                log.warn("Work queue provider {} failed", p.getClass().getName(), e);
            }
        });
        items.sort(Comparator.comparing((WorkItem i) -> i.due() == null ? LocalDate.MAX : i.due()));
        Map<String, List<Shown>> byArea = new LinkedHashMap<>();
        for (WorkItem i : items) {
            byArea.computeIfAbsent(i.area(), a -> new ArrayList<>()).add(new Shown(i, texts.render(i.what())));
        }
        model.addAttribute("workByArea", byArea);
        model.addAttribute("workCount", items.size());
        return "home";
    }
}
