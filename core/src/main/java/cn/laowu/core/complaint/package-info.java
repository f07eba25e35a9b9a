/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"complaint", "complaint_attachment", "complaint_deadline", "complaint_draft", "complaint_employer_clearance", "complaint_history", "complaint_route", "help_message", "help_thread"})
package cn.laowu.core.complaint;

import cn.laowu.core.support.OwnsTables;
