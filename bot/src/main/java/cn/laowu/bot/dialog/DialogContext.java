package cn.laowu.bot.dialog;

/** One turn of a conversation: who is talking to which account, and the state to read and change. */
public record DialogContext(String appid, String accountName, String regionCode, String openid, DialogState state) {

    public void enter(String flow, String step) {
        state.reset();
        state.setFlow(flow);
        state.setStep(step);
    }

    public void exit() {
        state.reset();
    }

    /**
     * Sends the worker through another flow first (实名登记, say) and back here afterwards: the
     * detour starts now, and when it {@link #completeDetour() completes}, {@code thenFlow}'s
     * {@link Flow#resume} runs with {@code argument} in the same turn. Cancelling the detour
     * drops the way back too.
     */
    public Reply detour(Flow detour, String thenFlow, String argument) {
        Reply first = detour.start(this);
        state.setThenFlow(thenFlow);
        state.setThenArgument(argument);
        return first;
    }

    /** Whether completing the flow now running will resume another (so it need not suggest what to do next). */
    public boolean onDetour() {
        return state.getThenFlow() != null;
    }

    /** Called by a detour flow that has done its work: the flow that sent the worker here resumes. */
    public void completeDetour() {
        if (state.getThenFlow() != null) {
            state.resumeNow(new DialogState.Resumption(state.getThenFlow(), state.getThenArgument()));
        }
    }
}
