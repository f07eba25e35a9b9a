package cn.laowu.core.worker;

import cn.laowu.core.privacy.ChineseIdNumber;

/** What registration needs at the least; the rest of the card is filled in later. */
public record NewWorker(String name, ChineseIdNumber idNumber, String phone, String homeRegionCode,
                        boolean povertyRegistered) {
}
