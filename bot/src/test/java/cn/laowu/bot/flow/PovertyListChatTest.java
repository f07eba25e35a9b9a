package cn.laowu.bot.flow;

import cn.laowu.bot.PortalTestSupport;
import cn.laowu.bot.protocol.CallbackClient;
import cn.laowu.core.allowance.AllowanceCatalogue;
import cn.laowu.core.allowance.AllowanceClaims;
import cn.laowu.core.allowance.ClaimStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.outbox.Delivery;
import cn.laowu.core.outbox.Outbox;
import cn.laowu.core.poverty.PovertyLine;
import cn.laowu.core.poverty.PovertyList;
import cn.laowu.core.privacy.ChineseIdNumber;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.worker.NewWorker;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's side of 建档立卡 from the list, through signed XML: in a county that has imported its list, a worker
 * who only said 建档立卡 is told the claim waits for the list, sees 待核对名单 in 我的补贴, and is told when a later
 * import has them.
 */
class PovertyListChatTest extends PortalTestSupport {

    @Autowired
    RegionService regions;
    @Autowired
    AllowanceCatalogue catalogue;
    @Autowired
    AllowanceClaims claims;
    @Autowired
    WorkerService workers;
    @Autowired
    FollowerService followers;
    @Autowired
    PovertyList list;
    @Autowired
    Outbox outbox;

    private Region county;
    private Region village;

    @BeforeEach
    void region() {
        int n = nextRegionNumber();
        AllowanceRegions chain = AllowanceRegions.create(regions, catalogue, '3', n, "名单");
        county = chain.county();
        village = chain.village();
    }

    @Test
    void aSelfDeclaredWorkersClaimWaitsForTheListAndTheWorkerIsToldWhenItMatches() {
        Actor countyAdmin = new Actor("county-admin", county.getPath(), null);
        Worker listedNeighbour = workers.register(new NewWorker("石邻居", randomId(), null, village.getCode(), false));
        list.importList(countyAdmin, RegionScope.of(county), list.check(List.of(
                new PovertyLine(2, "石邻居", workers.idNumberOf(listedNeighbour), "MD-1"))));

        String openid = newOpenid();
        Worker worker = workers.register(new NewWorker("石自报", randomId(), null, village.getCode(), true));
        followers.subscribed(APPID, openid, null);
        followers.bindWorker(APPID, openid, worker.getId());

        assertThat(say(openid, "补贴申领").content()).contains("1. 交通路费补助");
        say(openid, "1");
        say(openid, "省外");
        assertThat(say(openid, "300").content()).contains("劳动合同或用工协议");
        client().send(CallbackClient.image(ACCOUNT, openid, newMsgId()), false);
        say(openid, "好了");
        client().send(CallbackClient.image(ACCOUNT, openid, newMsgId()), false);
        assertThat(say(openid, "好了").content()).contains("按规定您可以领 300元");
        assertThat(say(openid, "1").content()).contains("已提交").contains("建档立卡名单还没有核对到您")
                .doesNotContain("乡镇社会保障站初审、县里审核");
        assertThat(say(openid, "我的补贴").content()).contains("交通路费补助 300元 · 待核对名单");

        list.importList(countyAdmin, RegionScope.of(county), list.check(List.of(
                new PovertyLine(2, "石自报", workers.idNumberOf(worker), "MD-2"))));
        long claimId = claims.mine(worker.getId()).get(0).claim().getId();
        assertThat(claims.mine(worker.getId()).get(0).claim().getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(outbox.ofSource("allowance:" + claimId + ":listed")).extracting(Delivery::getBody).singleElement()
                .asString().contains("建档立卡名单里有您");
        assertThat(say(openid, "我的补贴").content()).contains("交通路费补助 300元 · 待乡镇初审");
    }

    private static ChineseIdNumber randomId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return idNumberBornIn(1970 + r.nextInt(30));
    }
}
