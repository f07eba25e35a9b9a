/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"broker", "broker_binding", "broker_binding_token"})
package cn.laowu.core.broker;

import cn.laowu.core.support.OwnsTables;
