package cn.laowu.core.worker;

/** The four levels of job matching (004 第九条), also used for the travel allowance caps. */
public enum WorkArea {
    OUT_OF_PROVINCE("省外"),
    IN_PROVINCE("省内"),
    IN_PREFECTURE("州内"),
    IN_COUNTY("县内");

    private final String label;

    WorkArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
