package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintDrafts;
import cn.laowu.core.complaint.ComplaintQueue;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The complaint dialog kept in MySQL ({@link ComplaintDrafts}) as it goes: what the worker told us
 * must not be lost, so while Redis is away the dialog carries on from the draft, and a draft already
 * filed is never filed twice. The draft's id rides in the dialog data.
 */
@Component
class ComplaintDraftKeeper {

    private static final String DRAFT = "draft";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ComplaintDrafts drafts;
    private final ComplaintQueue caseQueue;
    private final WeChatProperties settings;

    ComplaintDraftKeeper(ComplaintDrafts drafts, ComplaintQueue caseQueue, WeChatProperties settings) {
        this.drafts = drafts;
        this.caseQueue = caseQueue;
        this.settings = settings;
    }

    /** A new draft of the dialog as it stands, its id kept in the dialog data. */
    void begin(DialogContext ctx) {
        ctx.state().getData().put(DRAFT, String.valueOf(drafts.begin(ctx.appid(), ctx.openid(), json(ctx.state()))));
    }

    /** The draft this dialog writes to (begun on entry, or by {@link #takeUp}). */
    long draftId(DialogContext ctx) {
        return Long.parseLong(ctx.state().getData().get(DRAFT));
    }

    /** The follower's unfinished complaint dialog, as the state to carry on from. */
    Optional<DialogState> recall(String appid, String openid) {
        return drafts.unfinished(appid, openid, settings.dialogIdleTimeout()).flatMap(kept -> {
            DialogState state = state(kept.state());
            if (state == null) {
                return Optional.empty();
            }
            state.getData().put(DRAFT, String.valueOf(kept.id()));
            return Optional.of(state);
        });
    }

    void forget(String appid, String openid) {
        drafts.forget(appid, openid);
    }

    /**
     * The draft is where the dialog stands: Redis may hold an older state (the worker carried on
     * while it was away) or one already filed from the draft, which then is not filed again.
     */
    Optional<Reply> takeUp(DialogContext ctx) {
        Map<String, String> data = ctx.state().getData();
        String id = data.get(DRAFT);
        if (id == null) {
            // A dialog begun before its answers were kept: kept from now on.
            begin(ctx);
            return Optional.empty();
        }
        Optional<ComplaintDrafts.Kept> kept = drafts.get(Long.parseLong(id));
        if (kept.isEmpty()) {
            ctx.exit();
            return Optional.of(Reply.text("上次的投诉没有提交。要投诉请回复 投诉。"));
        }
        if (kept.get().filed()) {
            Complaint c = caseQueue.get(kept.get().complaintId());
            ctx.exit();
            return Optional.of(Reply.text("您的投诉已经提交了,单号 " + c.getCaseNo() + "。\n回复 我的投诉 查看进度、补充情况或照片。"));
        }
        DialogState saved = state(kept.get().state());
        if (saved != null) {
            ctx.state().setStep(saved.getStep());
            ctx.state().setData(saved.getData());
            ctx.state().setHistory(saved.getHistory());
            ctx.state().getData().put(DRAFT, id);
        }
        return Optional.empty();
    }

    /** Writes where the dialog stands to its draft, unless it has just ended. */
    void keep(DialogContext ctx) {
        String id = ctx.state().getData().get(DRAFT);
        if (ComplaintFlow.ID.equals(ctx.state().getFlow()) && id != null) {
            drafts.keep(Long.parseLong(id), json(ctx.state()));
        }
    }

    private static String json(DialogState state) {
        DialogState copy = new DialogState();
        copy.setFlow(state.getFlow());
        copy.setStep(state.getStep());
        copy.setData(new LinkedHashMap<>(state.getData()));
        copy.getData().remove(DRAFT);
        copy.setHistory(state.getHistory());
        return JSON.writeValueAsString(copy);
    }

    /** The kept state, or null when it cannot be read (a change of format): the dialog goes on as Redis has it. */
    private static DialogState state(String json) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            DialogState state = JSON.readValue(json, DialogState.class);
            return ComplaintFlow.ID.equals(state.getFlow()) ? state : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
