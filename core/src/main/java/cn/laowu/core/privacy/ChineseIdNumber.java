package cn.laowu.core.privacy;

import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.TextNormaliser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * A validated 18-digit resident identity number (GB 11643-1999): region, birth date, sequence
 * and ISO 7064 MOD 11-2 check digit. Parsing accepts what a worker really types on a phone:
 * spaces, full-width digits, a lower-case x.
 */
public record ChineseIdNumber(String value, LocalDate birthDate, Gender gender) {

    public enum Gender {
        MALE("男"), FEMALE("女");

        private final String label;

        Gender(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why a number was refused, with the hint a worker sees. */
    public enum Problem {
        EMPTY("请输入18位身份证号码。"),
        LENGTH("身份证号码应为18位,您输入了%d位,请核对。"),
        CHARACTERS("身份证号码前17位只能是数字,最后一位是数字或X。"),
        REGION("身份证号码前两位(省份代码)不对,请核对。"),
        BIRTH_DATE("身份证号码第7到14位是出生日期(如19900101),这个日期不对,请核对。"),
        CHECK_DIGIT("身份证号码最后一位对不上,可能有一位输错了,请逐位核对。");

        private final String hint;

        Problem(String hint) {
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    public static final class InvalidIdNumber extends IllegalArgumentException {
        private final Problem problem;
        private final String hint;

        InvalidIdNumber(Problem problem, Object... args) {
            super(problem.name());
            this.problem = problem;
            this.hint = String.format(problem.hint(), args);
        }

        public Problem problem() {
            return problem;
        }

        /** A short, concrete sentence for the worker. */
        public String hint() {
            return hint;
        }
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Parses and validates; the birth date is checked against today in China. */
    public static ChineseIdNumber parse(String input) {
        return parse(input, LocalDate.now(ChinaTime.ZONE));
    }

    public static ChineseIdNumber parse(String input, LocalDate today) {
        String id = normalise(input);
        if (id.isEmpty()) {
            throw new InvalidIdNumber(Problem.EMPTY);
        }
        if (id.length() != 18) {
            throw new InvalidIdNumber(Problem.LENGTH, id.length());
        }
        if (!id.matches("\\d{17}[\\dX]")) {
            throw new InvalidIdNumber(Problem.CHARACTERS);
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            throw new InvalidIdNumber(Problem.REGION);
        }
        LocalDate birth = birthDate(id);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new InvalidIdNumber(Problem.BIRTH_DATE);
        }
        if (checkChar(id) != id.charAt(17)) {
            throw new InvalidIdNumber(Problem.CHECK_DIGIT);
        }
        Gender gender = (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return new ChineseIdNumber(id, birth, gender);
    }

    /** Spaces removed, full-width characters folded, x upper-cased: the form that is hashed and stored. */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length());
        for (char c : TextNormaliser.fold(input).toCharArray()) {
            if (c == 'x') {
                out.append('X');
            } else if (!Character.isWhitespace(c) && c != '-') {
                out.append(c);
            }
        }
        return out.toString();
    }

    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return "ChineseIdNumber[" + masked() + "]";
    }

    /** The check character (GB 11643, ISO 7064 MOD 11-2) of the first 17 digits. */
    public static char checkChar(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
