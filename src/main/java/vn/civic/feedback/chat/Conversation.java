package vn.civic.feedback.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat user's conversation with the official account, the aggregate: the report being drafted in it and the step
 * it is at. Every change goes through a method that keeps the draft consistent; {@link ChatConversations} decides
 * what a message means and {@link ConversationStore} saves the row.
 */
class Conversation {

    /** What the account is waiting for. */
    enum Step {
        /** Nothing is being drafted. */
        IDLE,
        /** A draft was started by a photo or a location; its description is missing. */
        DESCRIPTION,
        /** The category, by its number in the list offered or a word. */
        CATEGORY,
        /** A shared location or an address. */
        LOCATION,
        /** Photos, or "skip". */
        PHOTO,
        /** "Send" or "cancel". */
        CONFIRM
    }

    String userId;
    String oaId;
    Step step = Step.IDLE;
    String description;
    String categoryCode;
    List<String> offeredCategories = new ArrayList<>();
    Double latitude;
    Double longitude;
    String addressText;
    Long adminUnitId;
    String adminUnitName;
    boolean photoAsked;
    Instant startedAt;
    Instant updatedAt;
    /** Photos kept with the draft (rows of {@code feedback_chat_photo}). */
    int photoCount;

    boolean drafting() {
        return step != Step.IDLE;
    }

    /** A draft untouched for longer than the timeout is abandoned. */
    boolean expired(Instant now, Duration timeout) {
        return drafting() && updatedAt != null && updatedAt.plus(timeout).isBefore(now);
    }

    void start(Instant now) {
        clear();
        startedAt = now;
        step = Step.DESCRIPTION;
    }

    /** Forgets the draft (its photos are removed by the store); back to idle. */
    void clear() {
        step = Step.IDLE;
        description = null;
        categoryCode = null;
        offeredCategories = new ArrayList<>();
        latitude = null;
        longitude = null;
        addressText = null;
        adminUnitId = null;
        adminUnitName = null;
        photoAsked = false;
        startedAt = null;
        photoCount = 0;
    }

    void describe(String text) {
        description = text;
    }

    void offer(List<String> codes) {
        offeredCategories = new ArrayList<>(codes);
    }

    void choose(String code) {
        categoryCode = code;
        offeredCategories = new ArrayList<>();
    }

    void locateAt(double lat, double lon, Long unitId, String unitName) {
        latitude = lat;
        longitude = lon;
        addressText = null;
        adminUnitId = unitId;
        adminUnitName = unitName;
    }

    void locateByAddress(String address, Long unitId, String unitName) {
        latitude = null;
        longitude = null;
        addressText = address;
        adminUnitId = unitId;
        adminUnitName = unitName;
    }

    void forgetLocation() {
        latitude = null;
        longitude = null;
        addressText = null;
        adminUnitId = null;
        adminUnitName = null;
    }

    boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    boolean hasLocation() {
        return hasPoint() || addressText != null;
    }

    /** The next thing to ask for, in the order description, category, location, photo, confirmation. */
    Step nextStep(boolean locationRequired) {
        if (description == null) {
            return Step.DESCRIPTION;
        }
        if (categoryCode == null) {
            return Step.CATEGORY;
        }
        if (!hasLocation() && (locationRequired || step.ordinal() < Step.LOCATION.ordinal())) {
            return Step.LOCATION;
        }
        if (photoCount == 0 && !photoAsked) {
            return Step.PHOTO;
        }
        return Step.CONFIRM;
    }

    void moveTo(Step next) {
        step = next;
        if (next == Step.PHOTO) {
            photoAsked = true;
        }
    }
}
