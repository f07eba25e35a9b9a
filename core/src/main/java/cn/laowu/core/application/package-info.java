/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"job_application", "application_event"})
package cn.laowu.core.application;

import cn.laowu.core.support.OwnsTables;
