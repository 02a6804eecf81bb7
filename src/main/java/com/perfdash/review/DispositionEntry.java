package com.perfdash.review;

import java.time.LocalDateTime;

/**
 * One decision in a finding's history, latest first.
 *
 * @param disposition what was decided
 * @param reason      why, as the reviewer wrote it (required for {@link Disposition#DISMISSED}), or null
 * @param decidedBy   the user name of the reviewer
 * @param decidedAt   when (the app's clock, local time)
 */
public record DispositionEntry(Disposition disposition, String reason, String decidedBy, LocalDateTime decidedAt) {
}
