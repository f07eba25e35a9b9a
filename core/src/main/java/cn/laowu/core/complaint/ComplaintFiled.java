package cn.laowu.core.complaint;

/**
 * A complaint was filed (published in the filing transaction): others add what happens where the
 * work is (an outpost co-handling it) without the complaint service knowing them.
 */
public record ComplaintFiled(long complaintId, Long workerId, String workPlace, String employerName, boolean urgent) {
}
