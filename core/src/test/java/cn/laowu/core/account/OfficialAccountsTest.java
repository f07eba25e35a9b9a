package cn.laowu.core.account;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured official accounts as the console and the job notices see them. */
class OfficialAccountsTest {

    @Test
    void readsTheConfiguredAccountsAndKnowsWhichLackAJobNoticeTemplate() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("laowu.wechat.accounts[0].appid", " wxwith ")
                .withProperty("laowu.wechat.accounts[0].name", "州人社")
                .withProperty("laowu.wechat.accounts[0].region-code", "433100")
                .withProperty("laowu.wechat.accounts[0].job-notice.id", "tmpl-1")
                .withProperty("laowu.wechat.accounts[1].appid", "wxwithout")
                .withProperty("laowu.wechat.accounts[1].name", "县人社")
                .withProperty("laowu.wechat.accounts[2].appid", " ");
        OfficialAccounts accounts = new OfficialAccounts(env);

        assertThat(accounts.all()).extracting(OfficialAccount::appid).containsExactly("wxwith", "wxwithout");
        assertThat(accounts.find("wxwith")).get().extracting(OfficialAccount::regionCode).isEqualTo("433100");
        assertThat(accounts.find("wxnone")).isEmpty();
        assertThat(accounts.withoutJobNoticeTemplate()).extracting(OfficialAccount::appid).containsExactly("wxwithout");
    }

    @Test
    void noAccountConfiguredIsAnEmptyList() {
        assertThat(new OfficialAccounts(new MockEnvironment()).all()).isEmpty();
    }
}
