package cn.laowu.core.outpost;

/**
 * A place where our workers work (GB/T 2260 city or district, or a 东莞 town), from the reference
 * table destination_division. {@code path} nests like a region's: "/441900/441900119/".
 */
public record DestinationDivision(String code, String parentCode, String name, String path,
                                  Double latitude, Double longitude) {

    /** "长安镇" → "长安", "东莞市" → "东莞": what people say; two characters at least. */
    public String shortName() {
        for (String suffix : new String[]{"街道", "市", "区", "县", "镇"}) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    public boolean contains(DestinationDivision other) {
        return other.path.startsWith(path);
    }

    /** True when one of the two lies inside the other (or they are the same place). */
    public boolean overlaps(DestinationDivision other) {
        return contains(other) || other.contains(this);
    }
}
