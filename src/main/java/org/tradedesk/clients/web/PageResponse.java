package org.tradedesk.clients.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of results as JSON: a stable shape rather than Spring Data's internal {@code Page} layout. */
record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
