package cn.laowu.bot.h5;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JS-SDK signature against the worked example of WeChat's JS-SDK documentation (附录1). */
class ShareSignatureTest {

    private static final String TICKET = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

    @Test
    void matchesWeChatsDocumentedExample() {
        assertThat(ShareSignature.sign(TICKET, "Wm3WZYTPz0wzccnW", 1414587457L, "http://mp.weixin.qq.com?params=value"))
                .isEqualTo("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
    }

    @Test
    void signsTheAddressWithoutItsFragment() {
        assertThat(ShareSignature.sign(TICKET, "Wm3WZYTPz0wzccnW", 1414587457L, "http://mp.weixin.qq.com?params=value#top"))
                .isEqualTo("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
        assertThat(ShareSignature.sign(TICKET, "Wm3WZYTPz0wzccnW", 1414587458L, "http://mp.weixin.qq.com?params=value"))
                .isNotEqualTo("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
    }
}
