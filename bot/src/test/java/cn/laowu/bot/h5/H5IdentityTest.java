package cn.laowu.bot.h5;

import cn.laowu.core.privacy.DataKey;
import cn.laowu.core.privacy.LinkSigner;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The H5 sign-in cookie: Secure when configured so (production) or when the request came over https. */
class H5IdentityTest {

    private static final LinkSigner SIGNER = new LinkSigner(DataKey.parse(Base64.getEncoder()
            .encodeToString("0123456789abcdef0123456789abcdef".getBytes())));

    @Test
    void secureWhenConfiguredOrOverHttps() {
        H5Identity production = new H5Identity(SIGNER, Clock.systemUTC(), true);
        H5Identity plainHttp = new H5Identity(SIGNER, Clock.systemUTC(), false);
        assertThat(production.cookie("wxapp", "o1", false).isSecure()).isTrue();
        assertThat(plainHttp.cookie("wxapp", "o1", false).isSecure()).isFalse();
        assertThat(plainHttp.cookie("wxapp", "o1", true).isSecure()).isTrue();
        assertThat(production.cookie("wxapp", "o1", false).toString()).contains("; Secure").contains("HttpOnly")
                .contains("SameSite=Lax").contains("Path=/h5/");
    }

    @Test
    void theCookieStillNamesItsFollower() {
        H5Identity identity = new H5Identity(SIGNER, Clock.systemUTC(), true);
        assertThat(identity.parse(identity.cookie("wxapp", "o1", false).getValue()))
                .contains(new H5Identity.Who("wxapp", "o1"));
    }
}
