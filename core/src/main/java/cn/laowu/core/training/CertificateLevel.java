package cn.laowu.core.training;

/** The level of a vocational certificate (职业技能等级); NONE for courses that lead to none. */
public enum CertificateLevel {
    NONE("无证书"),
    BASIC("初级"),
    INTERMEDIATE("中级"),
    ADVANCED("高级");

    private final String label;

    CertificateLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
