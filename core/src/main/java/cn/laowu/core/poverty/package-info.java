/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"poverty_list_entry"})
package cn.laowu.core.poverty;

import cn.laowu.core.support.OwnsTables;
