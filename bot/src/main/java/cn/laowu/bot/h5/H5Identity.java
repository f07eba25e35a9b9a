package cn.laowu.bot.h5;

import cn.laowu.core.privacy.LinkSigner;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Who reads an H5 page, once WeChat's silent OAuth (snsapi_base) has told us: a signed cookie
 * holding appid and openid for a day, so every instance can read it without a session store.
 * Also the CSRF token of the page's forms: a signature over that follower and the form's target,
 * which another site can neither read nor make. The cookie is Secure (never sent over plain http)
 * when {@code server.servlet.session.cookie.secure} says so, as the console's session cookie is
 * (on by default in production, off in the embedded default on http://localhost), and whenever
 * the request itself came over https (directly or from a trusted proxy's X-Forwarded-Proto).
 */
@Component
public class H5Identity {

    static final String COOKIE = "lw_who";
    private static final Duration LIFETIME = Duration.ofDays(1);

    private final LinkSigner signer;
    private final Clock clock;
    private final boolean secure;

    public H5Identity(LinkSigner signer, Clock clock,
                      @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        this.signer = signer;
        this.clock = clock;
        this.secure = secure;
    }

    public record Who(String appid, String openid) {
    }

    public ResponseCookie cookie(String appid, String openid) {
        return cookie(appid, openid, false);
    }

    public ResponseCookie cookie(String appid, String openid, boolean overHttps) {
        String payload = appid + "~" + openid + "~" + clock.instant().plus(LIFETIME).getEpochSecond();
        return ResponseCookie.from(COOKIE, payload + "~" + signer.sign("h5who|" + payload))
                .path("/h5/").httpOnly(true).secure(secure || overHttps).sameSite("Lax").maxAge(LIFETIME).build();
    }

    public Optional<Who> read(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return parse(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    Optional<Who> parse(String value) {
        String[] parts = value == null ? new String[0] : value.split("~");
        if (parts.length != 4 || !parts[2].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String payload = parts[0] + "~" + parts[1] + "~" + parts[2];
        if (!signer.verify("h5who|" + payload, parts[3]) || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new Who(parts[0], parts[1]));
    }

    public String csrf(Who who, String target) {
        return signer.sign("h5csrf|" + who.appid() + "|" + who.openid() + "|" + target);
    }

    public boolean csrfMatches(Who who, String target, String token) {
        return token != null && signer.verify("h5csrf|" + who.appid() + "|" + who.openid() + "|" + target, token);
    }
}
