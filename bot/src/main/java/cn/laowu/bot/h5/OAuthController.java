package cn.laowu.bot.h5;

import cn.laowu.bot.account.WeChatAccount;
import jakarta.servlet.http.HttpServletRequest;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * WeChat's silent web authorisation (网页授权, snsapi_base): a page that needs to know the reader
 * sends them to WeChat, which comes back here at once with a code; the code gives the openid, kept
 * in {@link H5Identity}'s cookie. The {@code state} names where to go back to, from a short fixed
 * list, so this cannot be used to send anyone elsewhere.
 */
@RestController
public class OAuthController {

    private static final Logger log = LoggerFactory.getLogger(OAuthController.class);

    private final H5Accounts accounts;
    private final H5Identity identity;

    public OAuthController(H5Accounts accounts, H5Identity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    /** Where to send a reader not yet known; empty when there is no public address to come back to. */
    Optional<String> authorizeUrl(WeChatAccount account, String state) {
        return accounts.publicUrl().map(base -> account.api().getOAuth2Service().buildAuthorizationUrl(
                base + "/h5/oauth/" + account.appid(), WxConsts.OAuth2Scope.SNSAPI_BASE, state));
    }

    static String jobState(String token, String brokerToken) {
        return "j." + token + (brokerToken == null ? "" : "." + brokerToken);
    }

    @GetMapping("/h5/oauth/{appid}")
    public ResponseEntity<String> back(@PathVariable String appid, @RequestParam(required = false) String code,
                                       @RequestParam(required = false) String state, HttpServletRequest request) {
        WeChatAccount account = accounts.find(appid).orElse(null);
        if (account == null || code == null || code.isBlank()) {
            return H5Html.message(HttpStatus.BAD_REQUEST, "没能确认您的微信", "请在微信里重新打开链接。", null);
        }
        String openid;
        try {
            WxOAuth2AccessToken token = account.api().getOAuth2Service().getAccessToken(code);
            openid = token.getOpenId();
        } catch (WxErrorException e) {
            log.info("OAuth code refused for {}: {}", appid, e.getError() == null ? e.toString() : e.getError().getErrorCode());
            return H5Html.message(HttpStatus.BAD_REQUEST, "没能确认您的微信", "链接可能过期了,请在微信里重新打开。", null);
        }
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.SET_COOKIE, identity.cookie(appid, openid, request.isSecure()).toString())
                .header(HttpHeaders.LOCATION, target(state)).build();
    }

    static String target(String state) {
        if ("broker".equals(state)) {
            return "/h5/broker";
        }
        if (state != null && state.matches("o\\.[0-9]{6,12}")) {
            return "/h5/objection/" + state.substring(2);
        }
        if (state != null && state.matches("j\\.[0-9A-Za-z]{20}(\\.[0-9]{1,18}\\.[0-9a-z]{1,12}\\.[0-9a-f]{24})?")) {
            String rest = state.substring(2);
            int dot = rest.indexOf('.');
            return dot < 0 ? "/h5/jobs/" + rest + "/apply" : "/h5/jobs/" + rest.substring(0, dot) + "/apply?b=" + rest.substring(dot + 1);
        }
        return "/h5/jobs";
    }
}
