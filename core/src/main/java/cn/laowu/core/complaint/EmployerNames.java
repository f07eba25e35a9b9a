package cn.laowu.core.complaint;

import cn.laowu.core.support.TextNormaliser;

/**
 * The comparable form of an employer's name as workers type it: "深圳市 XX电子 有限公司" and
 * "XX电子" are the same employer. Full-width folded, spaces and punctuation dropped, the legal
 * suffix and a leading city dropped.
 */
final class EmployerNames {

    private static final String[] SUFFIXES = {"股份有限公司", "有限责任公司", "有限公司", "集团", "公司"};

    private EmployerNames() {
    }

    static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = TextNormaliser.compact(name);
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length() + 1) {
                key = key.substring(0, key.length() - suffix.length());
                break;
            }
        }
        key = key.replaceFirst("^[\\u4e00-\\u9fa5]{2,3}(省|市)(?=.{2,})", "");
        key = key.replaceFirst("^[\\u4e00-\\u9fa5]{2,3}(市|区|县)(?=.{2,})", "");
        return key.isEmpty() ? null : (key.length() > 128 ? key.substring(0, 128) : key);
    }

    /**
     * Same employer: the same key, or one key is the other with a place in front ("东莞宏发" and
     * "宏发"), as long as what is left is a name of its own (three characters or more).
     */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (shorter.length() < 3 || !longer.endsWith(shorter)) {
            return false;
        }
        return longer.substring(0, longer.length() - shorter.length()).matches("[\\u4e00-\\u9fa5]{2,6}");
    }
}
