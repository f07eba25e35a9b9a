package cn.laowu.core.outbox;

/**
 * What a worker is told, in the two shapes WeChat allows: {@code body}, the full customer-service
 * text; {@code subject}, {@code state} and {@code note}, the fields of a service notification
 * (template message) for when the 48-hour window is closed.
 *
 * @param source what caused it, unique per recipient (e.g. {@code application:12:PLACED}): queued once, ever
 */
public record Message(String source, MessageKind kind, String subject, String state, String note, String body) {

    public Message {
        if (source == null || source.length() > 64) {
            throw new IllegalArgumentException("A message needs a source of at most 64 characters");
        }
        kind = kind == null ? MessageKind.NOTICE : kind;
    }

    /** A service notice about something the worker did (an application moved, a complaint answered ...). */
    public static Message single(String source, String subject, String state, String note, String body) {
        return new Message(source, MessageKind.NOTICE, subject, state, note, body);
    }
}
