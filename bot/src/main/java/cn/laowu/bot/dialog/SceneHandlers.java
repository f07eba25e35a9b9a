package cn.laowu.bot.dialog;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The QR-code kinds the features provide, looked up by a scanned or requested scene string. */
@Component
public class SceneHandlers {

    private final List<SceneHandler> handlers;

    public SceneHandlers(List<SceneHandler> handlers) {
        long prefixes = handlers.stream().map(SceneHandler::prefix).distinct().count();
        if (prefixes != handlers.size()) {
            throw new IllegalStateException("Two QR scene handlers share a prefix: " + handlers);
        }
        this.handlers = List.copyOf(handlers);
    }

    /** Empty for anything that is not one of ours. */
    public Optional<SceneHandler> of(String scene) {
        if (scene == null) {
            return Optional.empty();
        }
        return handlers.stream().filter(h -> scene.startsWith(h.prefix()) && h.accepts(scene)).findFirst();
    }
}
