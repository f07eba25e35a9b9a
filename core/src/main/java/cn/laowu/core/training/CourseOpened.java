package cn.laowu.core.training;

import java.time.LocalDate;

/** A course was published and takes sign-ups (inside that transaction): training demand listens. */
public record CourseOpened(long courseId, String title, String occupation, String searchText, String regionPath,
                           LocalDate startsOn, String place) {
}
