package cn.laowu.bot.dialog;

import java.util.Optional;

/** Ready answers the engine can give when no flow serves a question (the policy knowledge base). */
public interface Answers {

    /** The answer whose keywords best match the text. */
    Optional<String> search(String text);

    /** The answer with this id. */
    Optional<String> byId(String id);
}
