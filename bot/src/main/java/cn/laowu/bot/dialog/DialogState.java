package cn.laowu.bot.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a conversation stands: the flow, its step, what the worker has answered so far, the
 * steps behind (for 返回) and the page of a list. Kept in Redis with an idle timeout; nothing of
 * value lives only here: a flow writes what matters to the database when it completes.
 */
public class DialogState {

    private String flow;
    private String step;
    private Map<String, String> data = new LinkedHashMap<>();
    private List<String> history = new ArrayList<>();
    private int page;
    private String thenFlow;
    private String thenArgument;
    private Resumption resumeNow;

    public String getFlow() {
        return flow;
    }

    public void setFlow(String flow) {
        this.flow = flow;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public Map<String, String> getData() {
        return data;
    }

    public void setData(Map<String, String> data) {
        this.data = data == null ? new LinkedHashMap<>() : data;
    }

    public List<String> getHistory() {
        return history;
    }

    public void setHistory(List<String> history) {
        this.history = history == null ? new ArrayList<>() : history;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** The flow (and its argument) to go back to once the flow now running completes; see {@link DialogContext#detour}. */
    public String getThenFlow() {
        return thenFlow;
    }

    public void setThenFlow(String thenFlow) {
        this.thenFlow = thenFlow;
    }

    public String getThenArgument() {
        return thenArgument;
    }

    public void setThenArgument(String thenArgument) {
        this.thenArgument = thenArgument;
    }

    /** A flow to resume in this very turn (not kept between messages). */
    record Resumption(String flow, String argument) {
    }

    Resumption takeResumption() {
        Resumption taken = resumeNow;
        resumeNow = null;
        return taken;
    }

    void resumeNow(Resumption resumption) {
        resumeNow = resumption;
    }

    /** Leaves any flow; what the worker answered, and where to go afterwards, are dropped with it. */
    public void reset() {
        flow = null;
        step = null;
        data.clear();
        history.clear();
        page = 0;
        thenFlow = null;
        thenArgument = null;
    }

    public boolean isEmpty() {
        return flow == null && data.isEmpty() && thenFlow == null;
    }
}
