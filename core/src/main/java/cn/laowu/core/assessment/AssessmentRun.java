package cn.laowu.core.assessment;

import java.time.LocalDateTime;

/** One run of a year's assessment by a 州; PUBLISHED runs are frozen. */
public record AssessmentRun(long id, int year, String regionCode, String sheet, boolean published, String runBy,
                            LocalDateTime runAt, String publishedBy, LocalDateTime publishedAt) {
}
