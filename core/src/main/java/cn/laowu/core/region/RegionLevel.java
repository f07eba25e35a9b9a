package cn.laowu.core.region;

/** The four levels of docs/POLICY.md (Organisation), with the length of their official codes. */
public enum RegionLevel {
    PREFECTURE("州/市", 6),
    COUNTY("县/市/区", 6),
    TOWNSHIP("乡镇/街道", 9),
    VILLAGE("村/社区", 12);

    private final String label;
    private final int codeLength;

    RegionLevel(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    public String label() {
        return label;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level directly below, or null for a village. */
    public RegionLevel child() {
        return this == VILLAGE ? null : values()[ordinal() + 1];
    }
}
