package cn.laowu.bot.flow.register;

import cn.laowu.core.support.TextNormaliser;
import cn.laowu.core.worker.WorkArea;

import java.util.List;
import java.util.Optional;

/**
 * A place a worker names instead of a number at "想去哪里工作?" (广东, 长沙, 花垣): the area it is
 * in, seen from 湘西州 (the platform's home; a 县 of the 州 counts as 州内, the worker's own county
 * is not known here).
 */
final class PlaceAreas {

    private static final List<String> PREFECTURE = List.of("湘西", "吉首", "凤凰", "花垣", "泸溪", "保靖", "古丈",
            "永顺", "龙山", "州里");
    private static final List<String> PROVINCE = List.of("湖南", "长沙", "株洲", "湘潭", "怀化", "张家界", "常德", "岳阳",
            "衡阳", "邵阳", "娄底", "益阳", "郴州", "永州");
    private static final List<String> COUNTY = List.of("本县", "县城", "家门口", "本地", "附近");
    private static final List<String> ELSEWHERE = List.of("广东", "广州", "深圳", "东莞", "佛山", "中山", "珠海", "惠州",
            "江门", "浙江", "宁波", "杭州", "温州", "义乌", "江苏", "苏州", "昆山", "上海", "北京", "天津", "重庆",
            "福建", "厦门", "泉州", "晋江", "广西", "贵州", "四川", "成都", "云南", "海南", "湖北", "武汉", "江西",
            "山东", "河南", "河北", "安徽", "陕西", "新疆", "沿海", "外地", "外面");

    private PlaceAreas() {
    }

    static Optional<WorkArea> of(String input) {
        String text = TextNormaliser.compact(input);
        if (COUNTY.stream().anyMatch(text::contains)) {
            return Optional.of(WorkArea.IN_COUNTY);
        }
        if (PREFECTURE.stream().anyMatch(text::contains)) {
            return Optional.of(WorkArea.IN_PREFECTURE);
        }
        if (PROVINCE.stream().anyMatch(text::contains)) {
            return Optional.of(WorkArea.IN_PROVINCE);
        }
        return ELSEWHERE.stream().anyMatch(text::contains) ? Optional.of(WorkArea.OUT_OF_PROVINCE) : Optional.empty();
    }
}
