package cn.laowu.bot.flow.complaint;

import cn.laowu.bot.dialog.AnswerShape;
import cn.laowu.bot.dialog.ChoiceParser;
import cn.laowu.bot.dialog.DialogContext;
import cn.laowu.bot.dialog.Flow;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.dialog.UserInput;
import cn.laowu.bot.flow.register.WorkerLookup;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintFiling;
import cn.laowu.core.complaint.DueText;
import cn.laowu.core.complaint.ComplaintFiling.Complainant;
import cn.laowu.core.complaint.ComplaintStatus;
import cn.laowu.core.complaint.HistoryEntry;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 我的投诉: each case with its state, deadline and latest answer; the worker adds words or photos
 * to an open case, and rates a concluded one (不满意 reopens it one level up).
 */
@Component
public class MyComplaintsFlow implements Flow {

    private final ComplaintFiling filing;
    private final WorkerLookup lookup;
    private final PhotoKeeper photos;

    public MyComplaintsFlow(ComplaintFiling filing, WorkerLookup lookup, PhotoKeeper photos) {
        this.filing = filing;
        this.lookup = lookup;
        this.photos = photos;
    }

    /** A supplement is anything the worker writes; the list and the case card take numbers. */
    @Override
    public AnswerShape expects(DialogContext ctx) {
        return "add".equals(ctx.state().getStep()) ? AnswerShape.FREE : AnswerShape.CHOICE;
    }

    @Override
    public Reply repeat(DialogContext ctx) {
        return "list".equals(ctx.state().getStep()) || current(ctx) == null ? start(ctx) : detail(ctx);
    }

    @Override
    public String id() {
        return "my_complaints";
    }

    @Override
    public Reply start(DialogContext ctx) {
        List<Complaint> mine = filing.mine(who(ctx));
        if (mine.isEmpty()) {
            ctx.exit();
            return Reply.text("您还没有投诉记录。遇到欠薪、工伤、合同、中介问题,回复 投诉 告诉我们。");
        }
        ctx.enter(id(), "list");
        StringBuilder out = new StringBuilder("您的投诉:");
        List<String> ids = new ArrayList<>();
        for (Complaint c : mine) {
            ids.add(String.valueOf(c.getId()));
            out.append('\n').append(ids.size()).append(". ").append(c.getCaseNo()).append(' ').append(c.getKind().label())
                    .append(" · ").append(c.getStatus().label());
        }
        ctx.state().getData().put("ids", String.join(",", ids));
        return Reply.text(out.append("\n\n回复序号看详情、补充情况或评价。").toString());
    }

    private static final Pattern UNHAPPY = Pattern.compile("^(?:2|二|不满意|不太满意|不行)[\\s,,。.、::!!]*(.*)$", Pattern.DOTALL);

    @Override
    public Reply handle(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        String step = ctx.state().getStep();
        if ("add".equals(step)) {
            return add(ctx, input);
        }
        OptionalInt n = input.isText() ? ChoiceParser.parse(input.text()) : OptionalInt.empty();
        if ("list".equals(step)) {
            List<String> ids = Arrays.asList(data.getOrDefault("ids", "").split(","));
            if (n.isEmpty() || n.getAsInt() > ids.size()) {
                return Reply.text("请回复 1 到 " + ids.size() + " 的序号。");
            }
            data.put("case", ids.get(n.getAsInt() - 1));
            ctx.state().getHistory().add("list");
            ctx.state().setStep("case");
            return detail(ctx);
        }
        Complaint c = current(ctx);
        if (c == null) {
            return start(ctx);
        }
        boolean concluded = c.getStatus() == ComplaintStatus.CONCLUDED;
        if (n.isPresent() && n.getAsInt() == 1 && c.getStatus().isOpen()) {
            ctx.state().setStep("add");
            data.remove("photos");
            return Reply.text("请写下要补充的情况,也可以发照片。发完回复 好了。");
        }
        if (concluded && input.isText()) {
            // "不满意 还有4000没给", "2 钱没给够": the words are the reason, kept with the case.
            Matcher unhappy = UNHAPPY.matcher(input.text().trim());
            if (unhappy.matches()) {
                return rate(ctx, c, false, unhappy.group(1).isBlank() ? null : unhappy.group(1).trim());
            }
            if (n.isPresent() && n.getAsInt() == 1 || "满意".equals(input.text().trim())) {
                return rate(ctx, c, true, null);
            }
        }
        return Reply.text("请回复上面的数字。\n" + detail(ctx).text());
    }

    @Override
    public Reply back(DialogContext ctx) {
        return "list".equals(ctx.state().getStep()) ? null : start(ctx);
    }

    private Reply detail(DialogContext ctx) {
        Complaint c = current(ctx);
        if (c == null) {
            return start(ctx);
        }
        StringBuilder out = new StringBuilder(c.getCaseNo()).append(' ').append(c.getKind().label()).append("\n状态:")
                .append(c.getStatus().label());
        if (c.getStatus() == ComplaintStatus.NEEDS_INFO) {
            out.append("(等您补充,期限暂停)");
        } else if (c.getDueAt() != null && c.getStage() != null) {
            out.append("\n").append(c.getStage().label()).append("期限:").append(DueText.of(c.getDueAt()));
        }
        filing.latestAnswer(c.getId()).map(HistoryEntry::getText)
                .ifPresent(text -> out.append("\n最新答复:").append(text.length() > 200 ? text.substring(0, 199) + "…" : text));
        if (c.getStatus().isOpen()) {
            out.append("\n\n回复 1 补充情况或照片;回复 返回 看全部投诉。");
        } else if (c.getStatus() == ComplaintStatus.CONCLUDED) {
            out.append("\n\n对办理结果满意吗?\n1. 满意\n2. 不满意(我们会重新办理;可以直接说原因,如 不满意 还有4000没给)");
        } else {
            out.append("\n\n这件投诉已关闭。有新情况请回复 投诉。");
        }
        return Reply.text(out.toString());
    }

    private Reply add(DialogContext ctx, UserInput input) {
        Map<String, String> data = ctx.state().getData();
        if (input.kind() == UserInput.Kind.IMAGE) {
            var kept = photos.keep(ctx.appid(), ctx.openid(), input.mediaId());
            if (kept.isEmpty()) {
                return Reply.text("这张照片没保存上,请再发一次。");
            }
            String ids = data.getOrDefault("photos", "");
            data.put("photos", ids.isEmpty() ? String.valueOf(kept.get()) : ids + "," + kept.get());
            return Reply.text("收到照片。还有就接着发,发完回复 好了。");
        }
        if (!input.isText()) {
            return Reply.text("请打字、说话或发照片。发完回复 好了。");
        }
        String text = input.text().trim();
        boolean done = text.equals("好了") || text.equals("发完了") || text.equals("完了");
        String words = done ? data.get("words") : (data.containsKey("words") ? data.get("words") + "\n" : "") + text;
        if (!done) {
            if (words.length() > 2000) {
                return Reply.text("太长了,请分几次补充(每次2000字以内)。");
            }
            data.put("words", words);
            return Reply.text("记下了。还有要补充的接着说,说完回复 好了。");
        }
        List<Long> photoIds = Arrays.stream(data.getOrDefault("photos", "").split(",")).filter(s -> !s.isBlank())
                .map(Long::parseLong).toList();
        try {
            Complaint c = filing.addInfo(who(ctx), Long.parseLong(data.get("case")), words, photoIds);
            data.remove("words");
            data.remove("photos");
            ctx.state().setStep("case");
            return Reply.text("已补充到投诉 " + c.getCaseNo() + ",工作人员会看到。" + (c.getStatus() == ComplaintStatus.NEEDS_INFO
                    ? "" : "\n现在状态:" + c.getStatus().label()));
        } catch (RuleViolation e) {
            return Reply.text(e.getMessage());
        } catch (NotFoundInScope e) {
            return start(ctx);
        }
    }

    private Reply rate(DialogContext ctx, Complaint c, boolean satisfied, String reason) {
        try {
            filing.rate(who(ctx), c.getId(), satisfied, reason);
        } catch (RuleViolation e) {
            return Reply.text(e.getMessage());
        }
        ctx.exit();
        return Reply.text(satisfied ? "谢谢您的评价,投诉 " + c.getCaseNo() + " 已关闭。"
                : "对不起没让您满意。投诉 " + c.getCaseNo() + " 已重新打开,交给上一级督办,会尽快联系您。"
                + (reason == null ? "" : "\n您说的「" + reason + "」已记下。"));
    }

    private Complaint current(DialogContext ctx) {
        String id = ctx.state().getData().get("case");
        if (id == null) {
            return null;
        }
        try {
            return filing.mine(who(ctx), Long.parseLong(id));
        } catch (NotFoundInScope e) {
            return null;
        }
    }

    private Complainant who(DialogContext ctx) {
        Worker worker = lookup.of(ctx).orElse(null);
        return new Complainant(ctx.appid(), ctx.openid(), worker == null ? null : worker.getId());
    }
}
