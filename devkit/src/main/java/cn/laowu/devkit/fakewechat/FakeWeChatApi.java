package cn.laowu.devkit.fakewechat;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A local stand-in for WeChat's HTTP API (api.weixin.qq.com): issues access tokens, accepts
 * customer-service, template, subscription-notice (bizsend), mass-send, menu and QR-code calls,
 * answers them as WeChat does, fails them on request (next N calls, per openid, or at a seeded
 * random rate), posts the signed TEMPLATESENDJOBFINISH / MASSSENDJOBFINISH events back to the
 * platform's callback, and records every request so tests and the simulator can see exactly what
 * the platform sent. WxJava reaches it through {@code WxMpHostConfig#setApiHost(baseUrl())}.
 * The work is done by one small class per concern ({@link ApiHandler} routes to them); this is
 * the one face tests and the simulator use.
 */
public final class FakeWeChatApi implements AutoCloseable {

    /** WeChat's web authorisation (网页授权) and who the fake "phone browser" is. */
    private final FakeOAuth oauth = new FakeOAuth();
    private final Tokens tokens = new Tokens();
    private final FailureInjection failures = new FailureInjection();
    private final MessageChannels messages = new MessageChannels(failures);
    private final AccountEndpoints account = new AccountEndpoints();
    private final CallRecorder recorder = new CallRecorder();
    private final Receipts receipts = new Receipts();
    private final FinishEvents finishEvents = new FinishEvents();
    private final ApiHandler handler =
            new ApiHandler(oauth, tokens, failures, messages, account, recorder, receipts, finishEvents);
    private final LoopbackServer server;

    static {
        // The JDK server writes headers and body as two segments; with Nagle on, the body waits
        // for the client's delayed ACK (40 ms a call), which would cap a benchmark at a few hundred
        // calls a second. Read once, when the JDK's server classes load, so it is set this early.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private FakeWeChatApi(int port) {
        this.server = new LoopbackServer(port, handler::handle);
    }

    /** Starts on a free loopback port. */
    public static FakeWeChatApi start() {
        return start(0);
    }

    public static FakeWeChatApi start(int port) {
        return new FakeWeChatApi(port);
    }

    /** The follower the next OAuth authorisation names, as if they opened the page on their phone. */
    public void browserFollower(String openid) {
        oauth.browserFollower(openid);
    }

    /** Authorisations sent back to the platform so far (a code each). */
    public long oauthCodesIssued() {
        return oauth.codesIssued();
    }

    /** What to give {@code WxMpHostConfig#setApiHost}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Makes token requests for this appid fail unless they carry this secret, as WeChat does. */
    public void registerAccount(String appid, String secret) {
        tokens.registerAccount(appid, secret);
    }

    /** Forgets every issued access token, as when WeChat expires them: calls answer 40001 until a new token is fetched. */
    public void revokeTokens() {
        tokens.revoke();
    }

    public long tokensIssued() {
        return tokens.issued();
    }

    // --- failures ---------------------------------------------------------------------------

    /** The next {@code times} calls whose path ends with {@code pathSuffix} answer with this WeChat error code. */
    public void failNext(String pathSuffix, int errcode, int times) {
        failures.failNext(pathSuffix, errcode, times);
    }

    /**
     * Every call to a path ending with {@code pathSuffix} addressed to this openid answers with
     * this error code until cleared (43004 unsubscribed, 45015 window closed, 43101 not
     * subscribed...). A mass send is not failed by one follower: WeChat filters such openids
     * out silently, so they are left out of the receipts and counted in FilterCount.
     */
    public void failFor(String openid, String pathSuffix, int errcode) {
        failures.failFor(openid, pathSuffix, errcode);
    }

    /** Calls to paths ending with {@code pathSuffix} fail with this code at this rate (0..1), drawn from a seeded Random. */
    public void failRandomly(String pathSuffix, int errcode, double fraction) {
        failures.failRandomly(pathSuffix, errcode, fraction);
    }

    /** Restarts the random failures' sequence, so a single-threaded run fails the same calls every time. */
    public void randomSeed(long seed) {
        failures.randomSeed(seed);
    }

    /**
     * Holds each answer this long after the message was taken (and counted as received), as
     * WeChat's own latency does: a sender killed meanwhile has had its message delivered without
     * hearing so, which is what a crash test needs to hit. Zero (the default) answers at once.
     */
    public void answerDelay(Duration delay) {
        handler.answerDelayMillis(delay.toMillis());
    }

    /** Removes every configured failure: next-N, per openid and random. */
    /** The temporary media expires, as WeChat's does after 3 days: fetching it answers 40007 from now on. */
    public void expireMedia(String mediaId) {
        account.expireMedia(mediaId);
    }

    public void clearFailures() {
        failures.clear();
    }

    public void clearFailuresFor(String openid) {
        failures.clearFor(openid);
    }

    // --- finish events ----------------------------------------------------------------------

    /**
     * After each successful template or mass send for {@code appid}, posts WeChat's
     * TEMPLATESENDJOBFINISH / MASSSENDJOBFINISH event, signed with the account's {@code token},
     * to {@code <callbackBaseUrl>/wx/portal/<appid>}, asynchronously and shortly (see
     * {@link #finishEventDelay}) after answering, as WeChat does.
     */
    public void sendFinishEventsTo(String callbackBaseUrl, String appid, String token) {
        finishEvents.configure(new FinishEvents.Callback(callbackBaseUrl, appid, token));
    }

    public void stopFinishEvents(String appid) {
        finishEvents.stop(appid);
    }

    /** How long after answering a send its finish event is posted (200 ms unless changed). */
    public void finishEventDelay(Duration delay) {
        finishEvents.delay(delay);
    }

    /** Template messages to this openid finish with {@code failed:user block}, as when the worker refused them. */
    public void blockTemplatesFrom(String openid) {
        finishEvents.blockTemplatesFrom(openid);
    }

    public void unblockTemplatesFrom(String openid) {
        finishEvents.unblockTemplatesFrom(openid);
    }

    /** Finish events the callback answered with HTTP 200. */
    public long finishEventsPosted() {
        return finishEvents.posted();
    }

    /** Finish events the callback refused or could not be reached for (WeChat gives up too). */
    public long finishEventsFailed() {
        return finishEvents.failed();
    }

    // --- message channels -------------------------------------------------------------------

    /** The followers carrying this tag, for mass sends by tag ({@code filter.tag_id}). */
    public void tag(long tagId, Collection<String> openids) {
        messages.tag(tagId, openids);
    }

    /** The account's followers, for mass sends to all ({@code filter.is_to_all}); tag 0 is used for them. */
    public void followers(Collection<String> openids) {
        tag(0, openids);
    }

    /** How long a client_msg_id holds off repeats (WeChat: 10 minutes); shorter in a test that wants to see it lapse. */
    public void clientMsgIdWindow(Duration window) {
        messages.clientMsgIdWindow(window);
    }

    /** Template sends WeChat took as repeats of an earlier one (same openid and client_msg_id within 10 minutes). */
    public long templateRepeatsIgnored() {
        return messages.templateRepeatsIgnored();
    }

    public String lastMenu() {
        return account.lastMenu();
    }

    // --- what was received ------------------------------------------------------------------

    public List<RecordedCall> calls() {
        return recorder.calls();
    }

    public List<RecordedCall> callsAfter(long seq) {
        return recorder.callsAfter(seq);
    }

    public List<RecordedCall> callsTo(String pathSuffix) {
        return recorder.callsTo(pathSuffix);
    }

    /**
     * Whether each call is kept for {@link #callsTo} (counts are kept either way). A benchmark in
     * the platform's JVM turns it off: WeChat's servers are another process, and 10,000 calls kept
     * and replaced at thousands a second would be the fake's garbage in the heap being measured.
     */
    public void keepCalls(boolean keep) {
        recorder.keepCalls(keep);
    }

    /** Calls received on paths ending with {@code pathSuffix}, failed ones included; not capped like the recording. */
    public long count(String pathSuffix) {
        return recorder.count(pathSuffix);
    }

    /** Calls on paths ending with {@code pathSuffix} that were answered errcode 0. */
    public long countSucceeded(String pathSuffix) {
        return recorder.countSucceeded(pathSuffix);
    }

    /** Waits for a matching call; polls because the platform sends from its own threads. */
    public Optional<RecordedCall> awaitCall(Predicate<RecordedCall> matcher, Duration timeout) {
        return recorder.await(matcher, timeout);
    }

    /**
     * Counts, from now on, how many messages each openid received by each channel: kept compact
     * (about 25 MB for a million openids), so a crash test can check "each exactly once". Off by default.
     */
    public void countPerOpenid(boolean enabled) {
        receipts.counting(enabled);
    }

    /** Successful messages this openid received by any channel (needs {@link #countPerOpenid}). */
    public int receivedBy(String openid) {
        return receipts.receivedBy(openid);
    }

    public int receivedBy(String openid, WeChatChannel channel) {
        return receipts.receivedBy(openid, channel);
    }

    /** Distinct openids that received at least one message by this channel. */
    public long recipients(WeChatChannel channel) {
        return receipts.recipients(channel);
    }

    /** Openids that received more than one message by this channel: 0 when each got exactly one. */
    public long recipientsReceivingMoreThanOnce(WeChatChannel channel) {
        return receipts.receivingMoreThanOnce(channel);
    }

    /** Some of those openids by name (up to 1,000), for a failing test's message. */
    public Set<String> openidsReceivingMoreThanOnce(WeChatChannel channel) {
        return receipts.openidsReceivingMoreThanOnce(channel);
    }

    /** Forgets the recorded calls, counters and receipts; configured failures and callbacks stay. */
    public void clear() {
        recorder.clear();
        receipts.clear();
    }

    @Override
    public void close() {
        server.stop();
        finishEvents.close();
    }
}
