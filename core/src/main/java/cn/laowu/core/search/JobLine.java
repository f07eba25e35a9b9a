package cn.laowu.core.search;

/**
 * A job as one line of a list in chat shows it: title, place, wage and places left. Read with
 * only these columns, a page of the chat's list costs a fraction of reading whole jobs.
 */
public record JobLine(long id, String title, String workPlace, long wageMinFen, long wageMaxFen, int placesLeft) {
}
