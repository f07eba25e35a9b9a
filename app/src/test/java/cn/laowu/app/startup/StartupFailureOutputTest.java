package cn.laowu.app.startup;

import cn.laowu.app.LaowuApplication;
import cn.laowu.devkit.servers.FreePort;
import cn.laowu.devkit.test.IntegrationServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad configuration ends start-up with what is wrong and what to do, not a wall of stack frames. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureOutputTest {

    @Test
    void unreachableRedis(CapturedOutput output) {
        assertFailsWith(output, "Cannot reach Redis", "--spring.data.redis.port=" + FreePort.find());
    }

    @Test
    void unreachableDatabase(CapturedOutput output) {
        assertFailsWith(output, "Cannot connect to the database",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + FreePort.find() + "/laowu");
    }

    @Test
    void malformedDataKey(CapturedOutput output) {
        assertFailsWith(output, "laowu.security.data-key is not valid Base64", "--laowu.security.data-key=%%%");
    }

    @Test
    void missingDataKey(CapturedOutput output) {
        assertFailsWith(output, "laowu.security.data-key is not set", "--laowu.security.data-key=");
    }

    private static void assertFailsWith(CapturedOutput output, String expected, String override) {
        Map<String, Object> properties = new HashMap<>(IntegrationServers.get().springProperties());
        properties.put("server.port", 0);
        String[] keyValue = override.substring(2).split("=", 2);
        properties.put(keyValue[0], keyValue[1]);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication application = new SpringApplication(LaowuApplication.class);
        assertThatThrownBy(() -> application.run(args));
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains(expected)
                .doesNotContain("\tat ");
    }
}
