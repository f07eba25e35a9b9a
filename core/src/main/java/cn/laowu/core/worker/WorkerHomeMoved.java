package cn.laowu.core.worker;

/**
 * A worker's home region changed (any write of the card, see WorkerTally), inside its transaction: features that
 * keep the home region beside their records (placements, follow-ups) move those rows too, so every
 * figure "by home region" counts the worker where they live now, as before the copy was kept.
 */
public record WorkerHomeMoved(long workerId, String fromPath, String toPath) {
}
