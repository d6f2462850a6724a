package vn.civic.feedback;

import java.util.List;
import java.util.Optional;

/** The categories citizens report under; read by every channel. Public data: no privilege needed. */
public interface FeedbackCategories {

    /** Active categories, on-site ones first, in their configured order. */
    List<FeedbackCategory> active();

    /** A category by code, active or not. */
    Optional<FeedbackCategory> find(String code);
}
