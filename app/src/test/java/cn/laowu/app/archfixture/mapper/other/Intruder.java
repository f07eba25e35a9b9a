package cn.laowu.app.archfixture.mapper.other;

import cn.laowu.app.archfixture.mapper.own.ThingMapper;

/** Another feature reaching into the first one's mapper: what the rule forbids. */
public class Intruder {
    int peek(ThingMapper things) {
        return things.count();
    }
}
