/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"staff_account", "staff_wechat", "staff_wechat_token"})
package cn.laowu.core.staff;

import cn.laowu.core.support.OwnsTables;
