package cn.laowu.core.privacy;

import cn.laowu.core.privacy.ChineseIdNumber.InvalidIdNumber;
import cn.laowu.core.privacy.ChineseIdNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void acceptsTheStandardsOwnExampleAndReadsBirthDateAndGender() {
        // GB 11643-1999 appendix example; check digit X.
        ChineseIdNumber id = ChineseIdNumber.parse("11010519491231002X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(ChineseIdNumber.Gender.FEMALE);
    }

    @Test
    void acceptsWhatAWorkerTypesOnAPhone() {
        String valid = withCheckDigit("43310119900101123");
        String sloppy = " " + valid.substring(0, 6) + " " + toFullWidth(valid.substring(6, 17)) + valid.charAt(17);
        assertThat(ChineseIdNumber.parse(sloppy, TODAY).value()).isEqualTo(valid);
        assertThat(ChineseIdNumber.parse(valid, TODAY).gender()).isEqualTo(ChineseIdNumber.Gender.MALE);
    }

    @Test
    void lowerCaseXIsTheSameNumber() {
        assertThat(ChineseIdNumber.parse("11010519491231002x", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'',                  EMPTY",
            "4331011990010112,    LENGTH",
            "4331011990010112345, LENGTH",
            "43310119900101A234,  CHARACTERS",
            "X33101199001011234,  CHARACTERS",
            "99310119900101123X,  REGION",
            "433101199002301234,  BIRTH_DATE",
            "433101189912311234,  BIRTH_DATE",
            "433101203001011234,  BIRTH_DATE",
    })
    void refusesWithTheRightProblem(String input, Problem expected) {
        assertThatThrownBy(() -> ChineseIdNumber.parse(input, TODAY))
                .isInstanceOfSatisfying(InvalidIdNumber.class, e -> {
                    assertThat(e.problem()).isEqualTo(expected);
                    assertThat(e.hint()).isNotBlank().doesNotContain("%d");
                });
    }

    @Test
    void aSingleMistypedDigitIsCaughtByTheCheckDigit() {
        String valid = withCheckDigit("43312319850615234");
        String typo = valid.substring(0, 15) + (char) ('0' + (valid.charAt(15) - '0' + 1) % 10) + valid.substring(16);
        assertThatThrownBy(() -> ChineseIdNumber.parse(typo, TODAY))
                .isInstanceOfSatisfying(InvalidIdNumber.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CHECK_DIGIT));
    }

    @Test
    void theLengthHintSaysHowManyDigitsWereTyped() {
        assertThatThrownBy(() -> ChineseIdNumber.parse("43310119900101", TODAY))
                .isInstanceOfSatisfying(InvalidIdNumber.class, e -> assertThat(e.hint()).contains("14位"));
    }

    @Test
    void neverPrintsTheFullNumber() {
        String valid = withCheckDigit("43310119900101123");
        // Not even the region digits: a row's village already says the county (see Masking).
        assertThat(ChineseIdNumber.parse(valid, TODAY).toString()).doesNotContain(valid).doesNotContain("4331")
                .doesNotContain("19900101").contains("*" + valid.substring(14));
    }

    /** Test helper: completes 17 digits with their correct check character. */
    static String withCheckDigit(String first17) {
        return first17 + ChineseIdNumber.checkChar(first17);
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }
}
