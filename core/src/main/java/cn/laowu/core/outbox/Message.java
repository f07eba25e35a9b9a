package cn.laowu.core.outbox;

/**
 * What a worker is told, in the two shapes WeChat allows: {@code body}, the full customer-service
 * text; {@code subject}, {@code state} and {@code note}, the fields of a service notification
 * (template message) for when the 48-hour window is closed.
 *
 * @param source what caused it, unique per recipient (e.g. {@code application:12:PLACED}): queued once, ever
 * @param bulk   a broadcast, sent after every single notification waiting
 */
public record Message(String source, String subject, String state, String note, String body, boolean bulk) {

    public Message {
        if (source == null || source.length() > 64) {
            throw new IllegalArgumentException("A message needs a source of at most 64 characters");
        }
    }

    public static Message single(String source, String subject, String state, String note, String body) {
        return new Message(source, subject, state, note, body, false);
    }
}
