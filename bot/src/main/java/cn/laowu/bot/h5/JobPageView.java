package cn.laowu.bot.h5;

/**
 * What the public page of one job shows, prepared once and cached: every field is public by
 * design (the job as advertised, the vetted employer's name, the office's phone), nothing about
 * applicants or staff. {@code detailsHtml} is escaped HTML ready to insert.
 */
record JobPageView(long jobId, String token, State state, String title, String summary, String industry,
                   String ownerPath, String officeName, String officePhone, String detailsHtml, long builtAtMillis) {

    enum State {
        OPEN(null), FULL("这个岗位已经招满,可以报名候补,有人放弃时按顺序补上。"),
        CLOSED("这个岗位已经停止招工。"), EXPIRED("这个岗位的报名已经截止。");

        private final String notice;

        State(String notice) {
            this.notice = notice;
        }

        String notice() {
            return notice;
        }

        /** Whether the page offers applying (a full job takes the worker on the waiting list). */
        boolean takesApplications() {
            return this == OPEN || this == FULL;
        }
    }
}
