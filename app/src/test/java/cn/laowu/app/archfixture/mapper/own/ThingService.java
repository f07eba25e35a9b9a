package cn.laowu.app.archfixture.mapper.own;

/** The feature's own service: allowed to use its mapper. */
public class ThingService {
    private final ThingMapper things;

    public ThingService(ThingMapper things) {
        this.things = things;
    }

    public int count() {
        return things.count();
    }
}
