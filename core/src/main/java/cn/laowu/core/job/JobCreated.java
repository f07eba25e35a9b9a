package cn.laowu.core.job;

/** Published inside the transaction that created the job (the keyword index adds it there). */
public record JobCreated(Job job) {
}
