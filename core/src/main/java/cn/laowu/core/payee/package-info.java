/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"payment_account", "card_bin"})
package cn.laowu.core.payee;

import cn.laowu.core.support.OwnsTables;
