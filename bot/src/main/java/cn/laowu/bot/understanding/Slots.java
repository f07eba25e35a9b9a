package cn.laowu.bot.understanding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a sentence already says, so flows need not ask it again. Values are plain strings so a
 * flow can keep them in its dialog state as they are. These are the slots every feature may read; a
 * feature's own kind of slot is a {@link SlotKind} bean.
 */
public final class Slots {

    /** Money owed or paid, in whole yuan. */
    public static final String AMOUNT = "amount";
    /** A duration in months (半年 = 6). */
    public static final String MONTHS = "months";
    /** A place named in the sentence: 东莞, 吉首. */
    public static final String PLACE = "place";
    /** The employer or trade: 电子厂, 包工头, 工地. */
    public static final String EMPLOYER = "employer";
    /** A mobile number said in the sentence ("新号是139…"). */
    public static final String PHONE = "phone";
    /** The lowest monthly wage asked for, in yuan ("四千以上" → 4000, "五六千" → 5000). */
    public static final String MIN_WAGE = "minWage";
    /** The kind the intent names (its {@code kind:}), for a flow that serves several intents. */
    public static final String KIND = "kind";

    public static final Slots NONE = new Slots(Map.of());

    private final Map<String, String> values;

    public Slots(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public OptionalLong amountYuan() {
        return get(AMOUNT).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    public OptionalInt months() {
        return get(MONTHS).map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
    }

    public Slots with(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new Slots(copy);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
