/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"outpost", "outpost_alert", "outpost_area", "outpost_case_action", "outpost_job", "outpost_reminder", "outpost_staff", "complaint_cohandler", "destination_division", "worker_workplace", "consultation", "consultation_follow_up", "cooperation_base", "base_visit"})
package cn.laowu.core.outpost;

import cn.laowu.core.support.OwnsTables;
