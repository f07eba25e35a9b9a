package cn.laowu.admin.broadcast;

import cn.laowu.core.broadcast.BroadcastKind;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.broadcast.Registered;
import cn.laowu.core.support.ChinaTime;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The compose form; the send time is typed in China time and kept in UTC. */
public class BroadcastForm {

    private BroadcastKind kind = BroadcastKind.JOBS;
    private String title;
    private String text;
    private List<Long> jobIds = new ArrayList<>();
    private String regionCode;
    private Registered registered = Registered.REGISTERED;
    private boolean povertyOnly;
    private boolean matchWishes = true;
    private LocalDateTime sendAt;

    BroadcastService.Draft draft() {
        LocalDateTime utc = sendAt == null ? null
                : sendAt.atZone(ChinaTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return new BroadcastService.Draft(kind, title, text, jobIds == null ? List.of() : jobIds, regionCode, registered,
                povertyOnly, matchWishes, utc);
    }

    public BroadcastKind getKind() { return kind; }
    public void setKind(BroadcastKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<Long> getJobIds() { return jobIds; }
    public void setJobIds(List<Long> jobIds) { this.jobIds = jobIds; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public Registered getRegistered() { return registered; }
    public void setRegistered(Registered registered) { this.registered = registered; }
    public boolean isPovertyOnly() { return povertyOnly; }
    public void setPovertyOnly(boolean povertyOnly) { this.povertyOnly = povertyOnly; }
    public boolean isMatchWishes() { return matchWishes; }
    public void setMatchWishes(boolean matchWishes) { this.matchWishes = matchWishes; }
    public LocalDateTime getSendAt() { return sendAt; }
    public void setSendAt(LocalDateTime sendAt) { this.sendAt = sendAt; }
}
