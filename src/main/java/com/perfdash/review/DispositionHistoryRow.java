package com.perfdash.review;

import java.time.LocalDateTime;

/** A row of finding_disposition as the history query reads it. */
public record DispositionHistoryRow(String disposition, String reason, String decidedBy, LocalDateTime decidedAt) {
}
