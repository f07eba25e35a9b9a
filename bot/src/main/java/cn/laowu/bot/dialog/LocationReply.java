package cn.laowu.bot.dialog;

/**
 * What a location shared outside a flow that takes one gets: "where can I go" (the nearest 就业服务站),
 * answered wherever the worker was. A bean; at most one, since a location cannot mean two things.
 */
public interface LocationReply {

    Reply answer(DialogContext ctx, UserInput location);
}
