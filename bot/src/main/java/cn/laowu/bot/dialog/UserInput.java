package cn.laowu.bot.dialog;

/**
 * A worker's message as the dialog sees it. Voice arrives as text when WeChat recognised it.
 *
 * @param text    what was typed or said (TEXT), else empty
 * @param mediaId the image's media id (IMAGE)
 */
public record UserInput(Kind kind, String text, String mediaId, Double latitude, Double longitude, String label) {

    public enum Kind { TEXT, UNRECOGNISED_VOICE, IMAGE, LOCATION, OTHER }

    public static UserInput text(String text) {
        return new UserInput(Kind.TEXT, text == null ? "" : text, null, null, null, null);
    }

    public static UserInput of(Kind kind) {
        return new UserInput(kind, "", null, null, null, null);
    }

    public static UserInput image(String mediaId) {
        return new UserInput(Kind.IMAGE, "", mediaId, null, null, null);
    }

    public static UserInput location(double latitude, double longitude, String label) {
        return new UserInput(Kind.LOCATION, "", null, latitude, longitude, label);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }
}
