package cn.laowu.embedded.simulator;

import cn.laowu.bot.account.MenuPublisher;
import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatAccounts;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.devkit.fakewechat.RecordedCall;
import cn.laowu.devkit.fakewechat.WeChatChannel;
import cn.laowu.embedded.EmbeddedConfiguration.FakeWeChatApiRef;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chat with the bot as a worker would: each message is built and signed (or encrypted) as
 * WeChat's servers do it and posted to the real callback; the page shows the passive reply and
 * everything the bot sent to the (fake) WeChat API, and what each simulated worker received by
 * channel (customer-service, template, subscription notice, mass send).
 */
@Controller
public class SimulatorController {

    private static final int MAX_WORKERS_SHOWN = 200;
    private static final int MAX_BODY_SHOWN = 4_000;
    private static final Pattern OPENID_LIST = Pattern.compile("\"touser\"\\s*:\\s*\\[[^\\]]*\\]");
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private final WeChatAccounts accounts;
    private final FakeWeChatApiRef fakeApi;
    private final MenuPublisher menus;
    private final WeChatProperties settings;
    private final Environment environment;

    public SimulatorController(WeChatAccounts accounts, FakeWeChatApiRef fakeApi, MenuPublisher menus,
                               WeChatProperties settings, Environment environment) {
        this.accounts = accounts;
        this.fakeApi = fakeApi;
        this.menus = menus;
        this.settings = settings;
        this.environment = environment;
    }

    @GetMapping("/simulator")
    public String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("fakeApi", fakeApi.api().isPresent());
        // The phone shows the custom menu as configured (laowu.wechat.menu), the one --publish-menu sends.
        model.addAttribute("menu", settings.menu());
        model.addAttribute("menuKeys", settings.menu().stream()
                .flatMap(button -> button.sub().isEmpty() ? Stream.of(button) : button.sub().stream())
                .filter(button -> button.key() != null).toList());
        return "simulator";
    }

    /** What the page asks to send; {@code kind} is text, voice, image, location or event. */
    public record Send(String appid, String openid, boolean aes, String kind, String text, String event,
                       String eventKey, Double latitude, Double longitude) {
    }

    @PostMapping("/simulator/api/send")
    @ResponseBody
    public ResponseEntity<Map<String, Object>> send(@RequestBody Send send) {
        WeChatAccount account = accounts.find(send.appid()).orElse(null);
        if (account == null || send.openid() == null || !send.openid().matches("[0-9A-Za-z_-]{1,64}")) {
            return ResponseEntity.badRequest().body(Map.of("error", "请选择公众号,并填写由字母数字组成的 openid"));
        }
        String xml = xml(send, "gh_" + account.appid().substring(2, 14));
        if (xml == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "不认识的消息类型 " + send.kind()));
        }
        if (send.aes() && !account.crypto().supportsEncryption()) {
            return ResponseEntity.badRequest().body(Map.of("error", "该公众号没有配置 EncodingAESKey,不能用安全模式"));
        }
        // The port is known only once the server runs (it may be chosen at random).
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        CallbackClient client = new CallbackClient("http://127.0.0.1:" + port, account.appid(), account.config().token(),
                account.config().aesKey());
        CallbackClient.Response response = client.send(xml, send.aes());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("request", xml);
        result.put("status", response.status());
        result.put("response", response.body());
        result.put("reply", response.content());
        return ResponseEntity.ok(result);
    }

    /** Everything sent to the fake API after {@code after}; {@code toYou} marks messages that reached this openid. */
    @GetMapping("/simulator/api/outbound")
    @ResponseBody
    public List<Map<String, Object>> outbound(@RequestParam(defaultValue = "0") long after,
                                              @RequestParam(required = false) String openid) {
        return fakeApi.api().map(api -> api.callsAfter(after).stream()
                .filter(call -> !call.isTo("/token") && !call.isTo("/stable_token"))
                .map(call -> view(call, openid)).toList()).orElse(List.of());
    }

    /**
     * What each simulated worker received, by channel, from the calls the fake API still holds
     * (the newest 10,000): the most recently reached workers first.
     */
    @GetMapping("/simulator/api/received")
    @ResponseBody
    public List<Map<String, Object>> received() {
        Map<String, Map<String, Object>> byOpenid = new LinkedHashMap<>();
        List<RecordedCall> calls = fakeApi.api().map(api -> api.calls()).orElse(List.of());
        for (int i = calls.size() - 1; i >= 0 && byOpenid.size() < MAX_WORKERS_SHOWN; i--) {
            RecordedCall call = calls.get(i);
            WeChatChannel channel = call.channel().orElse(null);
            if (channel == null || !call.succeeded()) {
                continue;
            }
            for (String openid : call.recipients()) {
                Map<String, Object> row = byOpenid.computeIfAbsent(openid, SimulatorController::emptyRow);
                if (row.get("last") == null) {
                    row.put("last", call.at().toString());
                }
                row.merge(channel.name(), 1, (a, b) -> (Integer) a + (Integer) b);
                if (byOpenid.size() >= MAX_WORKERS_SHOWN) {
                    break;
                }
            }
        }
        return List.copyOf(byOpenid.values());
    }

    /** The messages that reached one worker, newest first, with their channel. */
    @GetMapping("/simulator/api/received/{openid}")
    @ResponseBody
    public List<Map<String, Object>> receivedBy(@PathVariable String openid) {
        List<RecordedCall> calls = fakeApi.api().map(api -> api.calls()).orElse(List.of());
        List<Map<String, Object>> received = new ArrayList<>();
        for (int i = calls.size() - 1; i >= 0; i--) {
            RecordedCall call = calls.get(i);
            if (call.succeeded() && call.channel().isPresent() && call.recipients().contains(openid)) {
                received.add(view(call, openid));
            }
        }
        return received;
    }

    /** The phone browser pane: the follower the fake WeChat's web authorisation names from now on. */
    @PostMapping("/simulator/api/browser-follower")
    @ResponseBody
    public Map<String, Object> browserFollower(@RequestBody Map<String, String> body) {
        String openid = body.get("openid");
        fakeApi.api().ifPresent(api -> api.browserFollower(openid));
        return Map.of("openid", openid == null ? "" : openid);
    }

    @PostMapping("/simulator/api/publish-menu")
    @ResponseBody
    public Map<String, Object> publishMenu() {
        return Map.of("published", menus.publishToAll());
    }

    private static Map<String, Object> view(RecordedCall call, String openid) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("seq", call.seq());
        view.put("at", call.at().toString());
        view.put("path", call.path());
        view.put("appid", call.appid());
        view.put("channel", call.channel().map(Enum::name).orElse(null));
        view.put("errcode", call.errcode());
        view.put("toYou", openid != null && call.recipients().contains(openid));
        view.put("recipients", call.recipients().size());
        // A mass send's body can list 10,000 openids: the page needs its content, not the list.
        String body = call.body().length() > MAX_BODY_SHOWN ? OPENID_LIST.matcher(call.body()).replaceFirst("\"touser\":[]")
                : call.body();
        view.put("body", body.length() > MAX_BODY_SHOWN ? body.substring(0, MAX_BODY_SHOWN) + "…" : body);
        return view;
    }

    private static Map<String, Object> emptyRow(String openid) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("openid", openid);
        row.put("last", null);
        for (WeChatChannel channel : WeChatChannel.values()) {
            row.put(channel.name(), 0);
        }
        return row;
    }

    private static String xml(Send send, String account) {
        long msgId = MSG_IDS.incrementAndGet();
        String text = send.text() == null ? "" : send.text();
        return switch (send.kind() == null ? "" : send.kind()) {
            case "text" -> CallbackClient.text(account, send.openid(), msgId, text);
            case "voice" -> CallbackClient.voice(account, send.openid(), msgId, text.isBlank() ? null : text);
            case "image" -> CallbackClient.image(account, send.openid(), msgId);
            case "location" -> CallbackClient.location(account, send.openid(), msgId,
                    send.latitude() == null ? 28.3117 : send.latitude(), send.longitude() == null ? 109.7389 : send.longitude(),
                    text.isBlank() ? "湖南省湘西土家族苗族自治州吉首市" : text);
            case "event" -> send.event() == null || send.event().isBlank() ? null
                    : CallbackClient.event(account, send.openid(), Instant.now().getEpochSecond(), send.event(),
                    send.eventKey() == null ? "" : send.eventKey());
            default -> null;
        };
    }
}
