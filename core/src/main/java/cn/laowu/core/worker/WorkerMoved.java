package cn.laowu.core.worker;

/**
 * Published inside the transaction that moved a worker's home (户籍所在地): figures that other
 * features keep by home region move the worker's counts with it.
 */
public record WorkerMoved(long workerId, String fromPath, String toPath) {
}
