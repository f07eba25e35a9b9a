/** The tables this feature owns; other features reach them only through its classes. */
@OwnsTables({"shedlock"})
package cn.laowu.core.support;
