package cn.laowu.devkit.fakewechat;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes each HTTP request, lets the channel that owns its path answer, records it, counts who
 * it reached and, after answering, has its finish event posted.
 */
final class ApiHandler {

    private final FakeOAuth oauth;
    private final Tokens tokens;
    private final FailureInjection failures;
    private final MessageChannels messages;
    private final AccountEndpoints account;
    private final CallRecorder recorder;
    private final Receipts receipts;
    private final FinishEvents finishEvents;
    private final AtomicLong sequence = new AtomicLong();
    private volatile long answerDelayMillis;

    ApiHandler(FakeOAuth oauth, Tokens tokens, FailureInjection failures, MessageChannels messages,
               AccountEndpoints account, CallRecorder recorder, Receipts receipts, FinishEvents finishEvents) {
        this.oauth = oauth;
        this.tokens = tokens;
        this.failures = failures;
        this.messages = messages;
        this.account = account;
        this.recorder = recorder;
        this.receipts = receipts;
        this.finishEvents = finishEvents;
    }

    void answerDelayMillis(long millis) {
        answerDelayMillis = millis;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (oauth.handles(path)) {
                oauth.handle(exchange, path, query);
                return;
            }
            String appid = tokens.appidOf(path, query);
            long seq = sequence.incrementAndGet();
            if (AccountEndpoints.isMedia(path) && appid != null) {
                Optional<Answer> failure = failures.injected(path, body).or(() -> Optional.ofNullable(account.expired(query)));
                recorder.record(new RecordedCall(seq, Instant.now(), exchange.getRequestMethod(), path, query, body,
                        appid, failure.map(Answer::errcode).orElse(0), List.of()));
                if (failure.isPresent()) {
                    respond(exchange, failure.get().json());
                    return;
                }
                AccountEndpoints.sendMedia(exchange, query);
                return;
            }
            Answer answer = answer(seq, path, query, body, appid);
            recorder.record(new RecordedCall(seq, Instant.now(), exchange.getRequestMethod(), path, query, body, appid,
                    answer.errcode(), answer.recipients()));
            if (answer.errcode() == 0) {
                // Counted before answering, so a caller that has its answer also sees its receipt.
                receipts.count(path, answer.recipients());
            }
            long delay = answerDelayMillis;
            if (delay > 0) {
                sleep(delay);
            }
            respond(exchange, answer.json());
            if (answer.errcode() == 0) {
                finishEvents.afterSend(seq, path, appid, answer);
            }
        }
    }

    private Answer answer(long seq, String path, Map<String, String> query, String body, String appid) {
        if (Tokens.isTokenRequest(path)) {
            return tokens.answer(path, query, body);
        }
        if (appid == null) {
            return Answer.failure(40001, "invalid credential, access_token is invalid or not latest");
        }
        Optional<Answer> injected = failures.injected(path, body);
        if (injected.isPresent()) {
            return injected.get();
        }
        Answer message = messages.answer(seq, path, body, appid);
        if (message != null) {
            return message;
        }
        Answer other = account.answer(seq, path, query, body, appid);
        return other != null ? other : Answer.ok();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
