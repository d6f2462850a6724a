package vn.civic.notify.message;

import java.time.Instant;

/**
 * One thing to tell one person, by every channel they can be reached on.
 *
 * @param key what makes it unique (the same key is never sent twice on a channel), e.g.
 *     {@code dossier:42:result}
 * @param reference the dossier code, for the administrators' log
 * @param date the date the message names (appointment, new appointment, due date), or null
 * @param detail a reason or a step name, or null
 * @param link where the person acts
 */
public record Notice(
        NoticeKind kind,
        String key,
        String reference,
        String email,
        String phone,
        String dossierCode,
        String procedureName,
        Instant date,
        String detail,
        String link) {}
