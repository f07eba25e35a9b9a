package cn.laowu.core.broker;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.support.Text;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.follower.Follower;
import cn.laowu.core.follower.FollowerService;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.JobApplication;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Brokers: registered by an office, bound to their WeChat by a one-time code, and credited with
 * the followers who first came through their codes (first touch, for a configurable window) and
 * with those followers' applications.
 */
@Service
public class BrokerService {

    public static final Duration BINDING_CODE_LIFETIME = Duration.ofHours(24);
    private final BrokerMapper brokers;
    private final BrokerBindingMapper bindings;
    private final BindingTokenMapper tokens;
    private final FollowerService followers;
    private final ApplicationService applications;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration attributionWindow;

    public BrokerService(BrokerMapper brokers, BrokerBindingMapper bindings, BindingTokenMapper tokens,
                         FollowerService followers, ApplicationService applications, RegionService regions, AuditLog audit, Clock clock,
                         @Value("${laowu.brokers.attribution-window:90d}") Duration attributionWindow) {
        this.brokers = brokers;
        this.bindings = bindings;
        this.tokens = tokens;
        this.followers = followers;
        this.applications = applications;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.attributionWindow = attributionWindow;
    }

    /** A referred worker's application, for "我的推荐" and the console. */
    public record Referral(ApplicationService.Entry entry, boolean subsidyEligible) {
    }

    @Transactional
    public Broker create(Actor actor, RegionScope scope, String name, String qualification, String regionCode) {
        if (name == null || name.isBlank() || name.trim().length() > 64) {
            throw new RuleViolation("请填写经纪人姓名或机构名称(64字以内)。");
        }
        if (qualification == null || qualification.isBlank() || qualification.trim().length() > 255) {
            throw new RuleViolation("请填写资质:人力资源服务许可证号或备案情况(255字以内)。");
        }
        Region region = regions.find(regionCode).orElse(null);
        if (!scope.covers(region)) {
            throw new RuleViolation("只能登记本辖区的经纪人。");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Broker broker = new Broker();
        broker.setName(name.trim());
        broker.setQualification(qualification.trim());
        broker.setRegionCode(region.getCode());
        broker.setRegionPath(region.getPath());
        broker.setEnabled(true);
        broker.setCreatedAt(now);
        broker.setUpdatedAt(now);
        brokers.insert(broker);
        audit.record(actor, "CREATE", "broker", broker.getId(), null, broker.getName() + ", " + broker.getQualification());
        return broker;
    }

    public List<Broker> list(RegionScope scope) {
        return brokers.selectList(scope.applyTo(new LambdaQueryWrapper<Broker>(), Broker::getRegionPath)
                .orderByDesc(Broker::getId));
    }

    public Broker get(RegionScope scope, long id) {
        Broker broker = brokers.selectOne(scope.applyTo(new LambdaQueryWrapper<Broker>(), Broker::getRegionPath)
                .eq(Broker::getId, id));
        if (broker == null) {
            throw new NotFoundInScope("Broker");
        }
        return broker;
    }

    /**
     * 停用 (or 启用 again): a disabled broker's codes stop crediting anyone and they no longer earn
     * from new applications; what was credited before stays on record.
     */
    @Transactional
    public Broker setEnabled(Actor actor, RegionScope scope, long id, boolean enabled, String reason) {
        Broker broker = get(scope, id);
        if (!enabled && (reason == null || reason.isBlank())) {
            throw new RuleViolation("停用要写明原因。");
        }
        if (reason != null && reason.trim().length() > 255) {
            throw new RuleViolation("原因最多255个字。");
        }
        brokers.update(null, new LambdaUpdateWrapper<Broker>().eq(Broker::getId, id)
                .set(Broker::getEnabled, enabled).set(Broker::getUpdatedAt, LocalDateTime.now(clock)));
        audit.record(actor, enabled ? "ENABLE" : "DISABLE", "broker", id,
                Boolean.TRUE.equals(broker.getEnabled()) ? "启用" : "停用",
                (enabled ? "启用" : "停用") + (reason == null || reason.isBlank() ? "" : ":" + reason.trim()));
        return get(scope, id);
    }

    public List<BrokerBinding> bindings(long brokerId) {
        return bindings.selectList(new LambdaQueryWrapper<BrokerBinding>().eq(BrokerBinding::getBrokerId, brokerId));
    }

    /** A fresh one-time code, valid for a day; shown to the broker as a QR code by the office. */
    @Transactional
    public BindingToken issueBindingToken(Actor actor, RegionScope scope, long brokerId) {
        get(scope, brokerId);
        BindingToken token = new BindingToken();
        token.setToken(Text.randomCode(24));
        token.setBrokerId(brokerId);
        token.setExpiresAt(LocalDateTime.now(clock).plus(BINDING_CODE_LIFETIME));
        tokens.insert(token);
        audit.record(actor, "ISSUE_BINDING_CODE", "broker", brokerId, null, "有效期至 " + token.getExpiresAt());
        return token;
    }

    /** Spends a binding code: once, before it expires, for an enabled broker. */
    @Transactional
    public Optional<Broker> bind(String appid, String openid, String token) {
        LocalDateTime now = LocalDateTime.now(clock);
        BindingToken code = tokens.selectById(token);
        if (code == null || tokens.update(null, new LambdaUpdateWrapper<BindingToken>()
                .eq(BindingToken::getToken, token).isNull(BindingToken::getUsedAt).gt(BindingToken::getExpiresAt, now)
                .set(BindingToken::getUsedAt, now)) != 1) {
            return Optional.empty();
        }
        Broker broker = brokers.selectById(code.getBrokerId());
        if (broker == null || !Boolean.TRUE.equals(broker.getEnabled())) {
            return Optional.empty();
        }
        bindings.delete(new LambdaQueryWrapper<BrokerBinding>().eq(BrokerBinding::getAppid, appid)
                .eq(BrokerBinding::getOpenid, openid));
        BrokerBinding binding = new BrokerBinding();
        binding.setBrokerId(broker.getId());
        binding.setAppid(appid);
        binding.setOpenid(openid);
        binding.setBoundAt(now);
        try {
            bindings.insert(binding);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        audit.record(Actor.system(broker.getRegionPath()), "BIND_WECHAT", "broker", broker.getId(), null, appid);
        return Optional.of(broker);
    }

    public Optional<Broker> boundTo(String appid, String openid) {
        BrokerBinding binding = bindings.selectOne(new LambdaQueryWrapper<BrokerBinding>()
                .eq(BrokerBinding::getAppid, appid).eq(BrokerBinding::getOpenid, openid));
        return Optional.ofNullable(binding).map(b -> brokers.selectById(b.getBrokerId()));
    }

    /**
     * Credits a follower to a broker: first touch wins for the attribution window; after it, the
     * next broker's code takes over. Brokers do not credit themselves.
     *
     * @return whether this broker now holds the follower
     */
    @Transactional
    public boolean attribute(String appid, String openid, long brokerId) {
        Broker broker = brokers.selectById(brokerId);
        if (broker == null || !Boolean.TRUE.equals(broker.getEnabled())
                || boundTo(appid, openid).map(b -> b.getId() == brokerId).orElse(false)) {
            return false;
        }
        Long holder = followers.seen(appid, openid).getBrokerId();
        Long replaceable = holder != null && !brokers.exists(new LambdaQueryWrapper<Broker>()
                .eq(Broker::getId, holder).eq(Broker::getEnabled, true)) ? holder : null;
        followers.creditBroker(appid, openid, brokerId, LocalDateTime.now(clock).minus(attributionWindow), replaceable);
        return currentBroker(appid, openid).map(id -> id == brokerId).orElse(false);
    }

    /** The enabled broker who holds this follower now, if any. */
    public Optional<Long> currentBroker(String appid, String openid) {
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(attributionWindow);
        return followers.find(appid, openid)
                .filter(f -> f.getBrokerId() != null && f.getBrokerAttributedAt() != null
                        && f.getBrokerAttributedAt().isAfter(cutoff))
                .map(Follower::getBrokerId)
                .filter(id -> brokers.exists(new LambdaQueryWrapper<Broker>().eq(Broker::getId, id).eq(Broker::getEnabled, true)));
    }

    /**
     * The applications credited to a broker; a 稳岗 placement (a year in the job, followed up)
     * makes the broker eligible for the 300 元 service subsidy (004 第二十三条).
     */
    public List<Referral> referrals(long brokerId) {
        return applications.creditedTo(brokerId).stream()
                .map(entry -> new Referral(entry, entry.application().getStatus() == ApplicationStatus.STABLE))
                .toList();
    }
}
