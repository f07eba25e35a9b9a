package cn.laowu.core.privacy;

import cn.laowu.core.support.ConfigurationProblem;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataProtectionTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another-key-of-exactly-32-bytes!".getBytes());

    private final PersonalDataProtector protector = new PersonalDataProtector(DataKey.parse(KEY));

    @Test
    void encryptsToADifferentCiphertextEachTimeAndDecryptsBack() {
        String first = protector.encrypt("433101199001011234");
        String second = protector.encrypt("433101199001011234");
        assertThat(first).isNotEqualTo(second).startsWith("v1:").doesNotContain("433101199001011234");
        assertThat(protector.decrypt(first)).isEqualTo("433101199001011234");
        assertThat(protector.decrypt(second)).isEqualTo("433101199001011234");
    }

    @Test
    void refusesTamperedCiphertext() {
        String sealed = protector.encrypt("13812345678");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> protector.decrypt(tampered)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String sealed = protector.encrypt("13812345678");
        PersonalDataProtector other = new PersonalDataProtector(DataKey.parse(OTHER_KEY));
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookupHashIsDeterministicKeyedAndNotThePlainSha() {
        String hash = protector.lookupHash("13812345678");
        assertThat(hash).hasSize(64).isEqualTo(protector.lookupHash("13812345678"));
        assertThat(new PersonalDataProtector(DataKey.parse(OTHER_KEY)).lookupHash("13812345678")).isNotEqualTo(hash);
        assertThat(protector.lookupHash("13812345679")).isNotEqualTo(hash);
    }

    @Test
    void missingOrMalformedKeysAreConfigurationProblemsNamingTheProperty() {
        assertThatThrownBy(() -> DataKey.parse(null)).isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining(DataKey.PROPERTY).hasMessageContaining("not set");
        assertThatThrownBy(() -> DataKey.parse("not base64 !!")).isInstanceOf(ConfigurationProblem.class)
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> DataKey.parse(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(ConfigurationProblem.class).hasMessageContaining("16 bytes");
    }

    @Test
    void masksAsTheDesignSays() {
        assertThat(Masking.idNumber("433101199001011234")).isEqualTo("**************1234");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.phone("123")).isEqualTo("***");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
