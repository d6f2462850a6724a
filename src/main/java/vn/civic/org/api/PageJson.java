package vn.civic.org.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list. */
@Schema(name = "Page", description = "One page of a list, numbered from 0.")
public record PageJson<T>(
        List<T> items,
        @Schema(description = "Number of this page, from 0") int page,
        @Schema(description = "Items per page") int size,
        @Schema(description = "Items on all pages") long totalItems,
        @Schema(description = "Number of pages") int totalPages) {

    /** The page's numbers with its items as the API shows them. */
    static <T> PageJson<T> of(Page<?> page, List<T> items) {
        return new PageJson<>(items, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
