package cn.laowu.core.payee;

/** What a worker is paid into. Card numbers carry a Luhn check digit; a passbook (存折) account does not. */
public enum AccountKind {
    BANK_CARD("银行卡", true),
    SOCIAL_CARD("社保卡", true),
    PASSBOOK("存折", false);

    private final String label;
    private final boolean luhn;

    AccountKind(String label, boolean luhn) {
        this.label = label;
        this.luhn = luhn;
    }

    public String label() {
        return label;
    }

    public boolean luhn() {
        return luhn;
    }
}
