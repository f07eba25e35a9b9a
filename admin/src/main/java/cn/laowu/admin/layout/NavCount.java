package cn.laowu.admin.layout;

import cn.laowu.admin.security.StaffPrincipal;

/**
 * A number shown on a navigation item (something waits for this staff member there), e.g. 推送通知
 * awaiting their approval. One cheap count per page.
 */
public interface NavCount {

    /** The navigation item's href it belongs to. */
    String href();

    long count(StaffPrincipal me);
}
