package cn.laowu.embedded.demo;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broker.BrokerService;
import cn.laowu.core.region.RegionScope;
import org.springframework.stereotype.Component;

/** Broker 1: in the simulator, subscribe with scene b:1, or j:1:b:1 to share the first job. */
@Component
class BrokerSeed implements DemoSeed {

    private final BrokerService brokers;

    BrokerSeed(BrokerService brokers) {
        this.brokers = brokers;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        RegionScope county = new RegionScope("/433100/433101/");
        brokers.create(new Actor("jishou", county.path(), null), county, "麻老三(劳务经纪人)",
                "个人劳务经纪人,2026年吉首市就业服务中心备案", "433101");
    }
}
