package cn.laowu.core.assessment;

import cn.laowu.core.support.RuleViolation;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The year's scoring sheet, as the 州 writes it (one "key = value" a line, # for comments):
 * <pre>
 * weight.TRANSFER = 30        points of an indicator (only indicators with a target count;
 *                             the sum of those is scaled to 100)
 * floor = 60                  completion below this percent earns nothing for the indicator
 * cap = 100                   completion counts at most this percent (100: no extra for more)
 * deduct.late-complaint = 1   points off per complaint concluded past its limit
 * deduct.max = 10             at most this many points off in all
 * no-honours-below = 60       a unit under this score loses 评先评优 (besides 约谈)
 * pool.yuan = 1000000         the 以奖代补 pool
 * award.base = 60             each unit shares the pool by (score − base), units at or under base get nothing
 * award.step.yuan = 100       amounts are whole multiples of this; the rest goes one step at a time by rank
 * </pre>
 */
public record ScoringSheet(Map<String, BigDecimal> weights, BigDecimal floor, BigDecimal cap,
                           BigDecimal perLateComplaint, BigDecimal maxDeduction, BigDecimal noHonoursBelow,
                           long poolFen, BigDecimal awardBase, long stepFen) {

    public static final String DEFAULT = """
            # 各项指标权重(有目标的指标参与计分,合计折算为100分)
            weight.TRANSFER = 30
            weight.TRANSFER_POOR = 15
            weight.STABLE = 15
            weight.TRAINED = 10
            weight.TRAINED_EMPLOYED = 10
            weight.INCOME = 10
            weight.COMPLAINT_ON_TIME = 5
            weight.CARD_UPDATE = 5
            # 完成率低于60%该项不得分;完成率最多按100%计
            floor = 60
            cap = 100
            # 扣分:每件超期办结的投诉扣1分,最多扣10分
            deduct.late-complaint = 1
            deduct.max = 10
            # 低于60分:约谈并取消评先评优
            no-honours-below = 60
            # 以奖代补:奖补资金池,按(得分-60)分配,以100元为单位
            pool.yuan = 1000000
            award.base = 60
            award.step.yuan = 100
            """;

    public static ScoringSheet parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text == null ? "" : text));
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleViolation("评分表格式不对:" + e.getMessage());
        }
        Map<String, BigDecimal> weights = new TreeMap<>();
        for (String key : Collections.list(p.propertyNames()).stream().map(Object::toString).sorted().toList()) {
            if (key.startsWith("weight.")) {
                BigDecimal weight = number(p, key, null);
                if (weight.signum() < 0) {
                    throw new RuleViolation("评分表:" + key + " 不能是负数。");
                }
                weights.put(key.substring("weight.".length()), weight);
            }
        }
        if (weights.isEmpty() || weights.values().stream().allMatch(w -> w.signum() == 0)) {
            throw new RuleViolation("评分表至少要给一项指标权重(weight.指标代码 = 分值)。");
        }
        BigDecimal floor = percent(p, "floor", "0");
        BigDecimal cap = number(p, "cap", "100");
        if (cap.compareTo(BigDecimal.valueOf(100)) < 0 || cap.compareTo(BigDecimal.valueOf(200)) > 0) {
            throw new RuleViolation("评分表:cap 应在100到200之间。");
        }
        long pool = number(p, "pool.yuan", "0").movePointRight(2).longValueExact();
        long step = number(p, "award.step.yuan", "1").movePointRight(2).longValueExact();
        if (pool < 0 || step <= 0) {
            throw new RuleViolation("评分表:奖补资金不能为负,分配单位要大于0。");
        }
        return new ScoringSheet(Collections.unmodifiableMap(new LinkedHashMap<>(weights)), floor, cap,
                nonNegative(p, "deduct.late-complaint", "0"), nonNegative(p, "deduct.max", "0"),
                percent(p, "no-honours-below", "0"), pool, percent(p, "award.base", "0"), step);
    }

    private static BigDecimal percent(Properties p, String key, String fallback) {
        BigDecimal value = nonNegative(p, key, fallback);
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("评分表:" + key + " 不能超过100。");
        }
        return value;
    }

    private static BigDecimal nonNegative(Properties p, String key, String fallback) {
        BigDecimal value = number(p, key, fallback);
        if (value.signum() < 0) {
            throw new RuleViolation("评分表:" + key + " 不能是负数。");
        }
        return value;
    }

    private static BigDecimal number(Properties p, String key, String fallback) {
        String raw = p.getProperty(key, fallback);
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException | NullPointerException | ArithmeticException e) {
            throw new RuleViolation("评分表:" + key + " 应是数字,现在是“" + raw + "”。");
        }
    }
}
