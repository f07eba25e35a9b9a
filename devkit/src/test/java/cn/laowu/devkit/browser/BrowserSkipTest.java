package cn.laowu.devkit.browser;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A browser test without its browser skips out loud, and fails where CI asks for the browser. */
class BrowserSkipTest {

    private static final String MISSING = "/nonexistent/chromium-for-a-test";

    @Test
    void withoutTheBrowserItSkipsUnlessTheBrowserIsRequired() {
        assertThatThrownBy(() -> WebDriverClient.requireInstalled(MISSING, MISSING, false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("not installed");
        assertThatThrownBy(() -> WebDriverClient.requireInstalled(MISSING, MISSING, true))
                .isInstanceOf(AssertionError.class).hasMessageContaining(WebDriverClient.REQUIRE_BROWSER);
    }
}
