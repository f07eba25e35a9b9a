package cn.laowu.core.job;

/** Published inside the transaction that first published the job (matching workers may be told). */
public record JobPublished(Job job) {
}
