/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"target_book", "target_indicator", "target_value"})
package cn.laowu.core.target;

import cn.laowu.core.support.OwnsTables;
