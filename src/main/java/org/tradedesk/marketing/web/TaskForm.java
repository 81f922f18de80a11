package org.tradedesk.marketing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.marketing.TaskDetails;

/** A task with its RACI roles and due date. */
record TaskForm(Long activityId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String responsible,
        @NotBlank @Size(max = 100) String accountable,
        @Size(max = 300) String consulted,
        @Size(max = 300) String informed,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {

    static TaskForm empty(String user) {
        return new TaskForm(null, null, user, null, null, null, null);
    }

    TaskDetails toDetails() {
        return new TaskDetails(activityId, title, responsible, accountable, consulted, informed, due);
    }
}
