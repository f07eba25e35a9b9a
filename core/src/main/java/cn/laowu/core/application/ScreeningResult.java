package cn.laowu.core.application;

/** How 资格审查 ended: 通过 (on to 体检) or 未通过 (with the reason kept on the application). */
public enum ScreeningResult {
    PASSED("资格审查通过"),
    FAILED("资格审查未通过");

    private final String label;

    ScreeningResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
