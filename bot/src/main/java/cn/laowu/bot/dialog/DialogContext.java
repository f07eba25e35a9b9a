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
}
