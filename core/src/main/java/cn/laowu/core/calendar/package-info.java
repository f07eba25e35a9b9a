/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"work_calendar"})
package cn.laowu.core.calendar;

import cn.laowu.core.support.OwnsTables;
