package cn.laowu.core.allowance;

/** Who an allowance is for (docs/POLICY.md, Allowances). */
public enum Qualification {
    POVERTY_PLACED("建档立卡劳动力,经平台上岗", true),
    POVERTY_TRAINEE("建档立卡劳动力,参加岗前培训", false),
    POVERTY_CERTIFIED("建档立卡劳动力,培训满6个月取得初级/中级证书", false),
    /** Anyone who completed a course (with a certificate where the standard asks for one). */
    TRAINEE("参加职业技能培训并结业", false),
    POVERTY_POST_SCHOOL("建档立卡两后生,在读职业院校", true),
    /** 004 第十八条: pupils and students of 建档立卡 families facing dropping out; claimed with a school's proof. */
    POVERTY_STUDENT("建档立卡特困学生,面临失学辍学", true),
    BROKER("劳务经纪人或中介机构", false),
    EMPLOYER("州内用工企业", false);

    private final String label;
    private final boolean claimedInChat;

    Qualification(String label, boolean claimedInChat) {
        this.label = label;
        this.claimedInChat = claimedInChat;
    }

    public String label() {
        return label;
    }

    /** Whether the worker claims it in chat; the others are generated from the records that prove them. */
    public boolean claimedInChat() {
        return claimedInChat;
    }
}
