package cn.laowu.devkit.fakewechat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** How many messages each openid received by each channel, counted only while switched on. */
final class Receipts {

    private final Map<WeChatChannel, ReceiptCounter> byChannel = new ConcurrentHashMap<>();
    private volatile boolean counting;

    void counting(boolean enabled) {
        counting = enabled;
    }

    void count(String path, List<String> recipients) {
        Optional<WeChatChannel> channel = WeChatChannel.of(path);
        if (counting && channel.isPresent()) {
            ReceiptCounter counter = byChannel.computeIfAbsent(channel.get(), k -> new ReceiptCounter());
            recipients.forEach(counter::add);
        }
    }

    int receivedBy(String openid) {
        int total = 0;
        for (ReceiptCounter counter : byChannel.values()) {
            total += counter.get(openid);
        }
        return total;
    }

    int receivedBy(String openid, WeChatChannel channel) {
        ReceiptCounter counter = byChannel.get(channel);
        return counter == null ? 0 : counter.get(openid);
    }

    long recipients(WeChatChannel channel) {
        ReceiptCounter counter = byChannel.get(channel);
        return counter == null ? 0 : counter.distinct();
    }

    long receivingMoreThanOnce(WeChatChannel channel) {
        ReceiptCounter counter = byChannel.get(channel);
        return counter == null ? 0 : counter.receivedMoreThanOnce();
    }

    Set<String> openidsReceivingMoreThanOnce(WeChatChannel channel) {
        ReceiptCounter counter = byChannel.get(channel);
        return counter == null ? Set.of() : counter.repeatedOpenids();
    }

    void clear() {
        byChannel.clear();
    }
}
