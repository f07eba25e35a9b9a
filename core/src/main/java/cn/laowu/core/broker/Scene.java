package cn.laowu.core.broker;

import java.util.Optional;

/**
 * What a parametric QR code stands for, in its scene string (WeChat allows 64 characters):
 * {@code b:7} a broker's own code, {@code j:12:b:7} a broker sharing job 12, {@code bind:TOKEN} a
 * broker binding their WeChat.
 */
public record Scene(Kind kind, Long brokerId, Long jobId, String token) {

    public enum Kind { BROKER, JOB_SHARE, BINDING }

    public static String broker(long brokerId) {
        return "b:" + brokerId;
    }

    public static String jobShare(long jobId, long brokerId) {
        return "j:" + jobId + ":b:" + brokerId;
    }

    public static String binding(String token) {
        return "bind:" + token;
    }

    /** Empty for anything that is not one of ours (an old code, a typo, an attacker's string). */
    public static Optional<Scene> parse(String scene) {
        if (scene == null) {
            return Optional.empty();
        }
        try {
            if (scene.matches("b:\\d{1,19}")) {
                return Optional.of(new Scene(Kind.BROKER, Long.parseLong(scene.substring(2)), null, null));
            }
            if (scene.matches("j:\\d{1,19}:b:\\d{1,19}")) {
                String[] parts = scene.split(":");
                return Optional.of(new Scene(Kind.JOB_SHARE, Long.parseLong(parts[3]), Long.parseLong(parts[1]), null));
            }
            if (scene.matches("bind:[0-9A-Za-z]{24}")) {
                return Optional.of(new Scene(Kind.BINDING, null, null, scene.substring(5)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
