package cn.laowu.core.job;

import java.util.List;

/**
 * Published inside the transaction that saved a clerk's edit of a job: the keyword index follows
 * the new text, and the job's applicants are told of changes that matter to them.
 *
 * @param job     the job as saved (its version is this edit's: one per edit)
 * @param changes what changed, in the order of the form
 */
public record JobEdited(Job job, List<Change> changes) {

    /**
     * One field: its Chinese name and the values before and after as a reader sees them.
     * {@code tellsApplicants}: wage, place and dates, which people who applied decided on.
     */
    public record Change(String field, String before, String after, boolean tellsApplicants) {

        /** 月薪由 4500-6000 元改为 5000-6500 元; 工作地点由 广东东莞 改为 浙江宁波. */
        public String sentence() {
            // A value ending in its unit reads on without a space.
            return field + "由 " + before + (before.endsWith(" 元") || before.endsWith(" 人") ? "" : " ") + "改为 " + after;
        }
    }

    /** The changes applicants are told of. */
    public List<Change> forApplicants() {
        return changes.stream().filter(Change::tellsApplicants).toList();
    }
}
