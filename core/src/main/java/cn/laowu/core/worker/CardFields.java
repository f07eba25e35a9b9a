package cn.laowu.core.worker;

import cn.laowu.core.privacy.Masking;
import cn.laowu.core.privacy.PersonalDataProtector;
import cn.laowu.core.support.RuleViolation;

/** Checks and sealing shared by every way a card is written (registration, the office's edit, the worker's own). */
final class CardFields {

    private CardFields() {
    }

    /** A blank phone leaves the card's as it is; a phone is kept sealed, hashed and masked, never in clear. */
    static void setPhone(PersonalDataProtector protector, Worker worker, String phone) {
        if (phone == null || phone.isBlank()) {
            return;
        }
        String normalised = WorkerService.normalisePhone(phone);
        if (!normalised.matches("1\\d{10}")) {
            throw new RuleViolation("手机号应为11位数字,以1开头。");
        }
        worker.setPhoneCipher(protector.encrypt(normalised));
        worker.setPhoneHash(protector.lookupHash(normalised));
        worker.setPhoneMasked(Masking.phone(normalised));
    }

    static Long nonNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new RuleViolation(field + "不能是负数。");
        }
        return value;
    }
}
