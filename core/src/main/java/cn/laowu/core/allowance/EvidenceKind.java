package cn.laowu.core.allowance;

/** What a policy needs as proof; the photo kinds are what the chat asks the worker for. */
public enum EvidenceKind {
    CONTRACT("劳动合同或用工协议", true),
    TICKET("车票或路费票据", true),
    ENROLMENT("职业院校在读证明", true),
    SCHOOL("学校在读证明(盖章)", true),
    ATTENDANCE("培训出勤记录", false),
    CERTIFICATE("职业资格证书", false),
    RECORDS("上岗和回访记录", false),
    /** 企业岗位补贴 (004 第二十四条): the social insurance the employer pays for the worker, from the job's record. */
    SOCIAL_INSURANCE("社会保险缴纳记录", false),
    /** Whatever the reviewer asked for afterwards. */
    SUPPLEMENT("补充材料", true);

    private final String label;
    private final boolean photo;

    EvidenceKind(String label, boolean photo) {
        this.label = label;
        this.photo = photo;
    }

    public String label() {
        return label;
    }

    public boolean photo() {
        return photo;
    }
}
