package cn.laowu.core.payee;

import cn.laowu.core.support.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountNumbersTest {

    @Test
    void aCardNumberMustPassTheLuhnCheckAndTheRefusalShowsAnExample() {
        assertThat(AccountNumbers.check(AccountKind.BANK_CARD, "6228 4800 1234 5678 903")).isEqualTo("6228480012345678903");
        assertThat(AccountNumbers.luhn(AccountNumbers.normalise(AccountNumbers.EXAMPLE))).as("the example itself").isTrue();
        assertThatThrownBy(() -> AccountNumbers.check(AccountKind.SOCIAL_CARD, "6228480012345678904"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("输错").hasMessageContaining(AccountNumbers.EXAMPLE);
        assertThatThrownBy(() -> AccountNumbers.check(AccountKind.BANK_CARD, "62284800"))
                .hasMessageContaining("16到19位").hasMessageContaining("8位");
        assertThatThrownBy(() -> AccountNumbers.check(AccountKind.BANK_CARD, "6228a80012345678903"))
                .hasMessageContaining("只能是数字");
        // A passbook account carries no check digit: only its length is checked.
        assertThat(AccountNumbers.check(AccountKind.PASSBOOK, "82010000123456780")).isEqualTo("82010000123456780");
    }

    @Test
    void aNumberIsShownWithItsFirstAndLastFourDigitsOnly() {
        assertThat(AccountNumbers.mask("6228480012345678903")).isEqualTo("6228 **** **** 8903");
        assertThat(AccountNumbers.mask("12345678")).isEqualTo("********");
    }
}
