package cn.laowu.devkit.fakewechat;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/** Every call the fake received (the last 10,000 kept whole), and counts per path that are never capped. */
final class CallRecorder {

    private static final int MAX_RECORDED = 10_000;

    // A deque with its own size: a copy-on-write list would copy 10,000 entries per call.
    private final Deque<RecordedCall> calls = new ConcurrentLinkedDeque<>();
    private final AtomicInteger recordedCount = new AtomicInteger();
    private final Map<String, LongAdder> callsByPath = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> okByPath = new ConcurrentHashMap<>();
    private volatile boolean keepingCalls = true;

    void record(RecordedCall call) {
        callsByPath.computeIfAbsent(call.path(), k -> new LongAdder()).increment();
        if (call.succeeded()) {
            okByPath.computeIfAbsent(call.path(), k -> new LongAdder()).increment();
        }
        if (!keepingCalls) {
            return;
        }
        calls.addLast(call);
        if (recordedCount.incrementAndGet() > MAX_RECORDED && calls.pollFirst() != null) {
            recordedCount.decrementAndGet();
        }
    }

    void keepCalls(boolean keep) {
        keepingCalls = keep;
    }

    List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    List<RecordedCall> callsAfter(long seq) {
        return calls.stream().filter(call -> call.seq() > seq).toList();
    }

    List<RecordedCall> callsTo(String pathSuffix) {
        return calls.stream().filter(call -> call.isTo(pathSuffix)).toList();
    }

    long count(String pathSuffix) {
        return sum(callsByPath, pathSuffix);
    }

    long countSucceeded(String pathSuffix) {
        return sum(okByPath, pathSuffix);
    }

    /** Polls because the platform sends from its own threads. */
    Optional<RecordedCall> await(Predicate<RecordedCall> matcher, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<RecordedCall> found = calls.stream().filter(matcher).findFirst();
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    void clear() {
        calls.clear();
        recordedCount.set(0);
        callsByPath.clear();
        okByPath.clear();
    }

    private static long sum(Map<String, LongAdder> byPath, String pathSuffix) {
        long total = 0;
        for (Map.Entry<String, LongAdder> entry : byPath.entrySet()) {
            if (entry.getKey().endsWith(pathSuffix)) {
                total += entry.getValue().sum();
            }
        }
        return total;
    }
}
