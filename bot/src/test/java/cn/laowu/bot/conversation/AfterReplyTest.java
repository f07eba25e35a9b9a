package cn.laowu.bot.conversation;

import cn.laowu.bot.account.WeChatAccount;
import cn.laowu.bot.account.WeChatProperties;
import cn.laowu.bot.conversation.ConversationStore.Begin;
import cn.laowu.bot.dialog.DialogState;
import cn.laowu.bot.dialog.Reply;
import cn.laowu.bot.outbound.LateReplies;
import cn.laowu.bot.protocol.InboundMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What a message changes beyond its reply (the customer-service window) is done after the reply
 * is given: WeChat gets the reply without waiting for it, and a failure there leaves the reply as it was.
 */
class AfterReplyTest {

    private final ConversationStore store = mock(ConversationStore.class);
    private final MessageRouter router = mock(MessageRouter.class);
    private final DialogStateCodec codec = mock(DialogStateCodec.class);
    private final FollowerTurns turns = mock(FollowerTurns.class);
    private final WeChatAccount account = mock(WeChatAccount.class);
    private ConversationService service;

    @BeforeEach
    void setUp() {
        WeChatProperties settings = new WeChatProperties(null, Duration.ofSeconds(4), null, null, null, null, 2, null,
                null, null, null);
        service = new ConversationService(store, router, mock(LateReplies.class), settings, codec,
                mock(DurableDialogs.class), turns, mock(TurnWithoutRedis.class));
        when(account.appid()).thenReturn("wxafter");
        when(turns.newToken()).thenReturn("turn-1");
        when(turns.lease()).thenReturn(Duration.ofSeconds(30));
        when(turns.hold(any(), anyString())).thenReturn(() -> {
        });
        when(store.begin(any(), any(), anyString(), anyBoolean(), any(), anyString(), any()))
                .thenReturn(new Begin.Fresh(1, "", true));
        when(store.finish(any(), anyString(), anyString(), any(), anyString(), any(), anyString())).thenReturn(true);
        when(codec.decode("")).thenReturn(new DialogState());
        when(codec.encode(any())).thenReturn("");
        when(router.route(any(), any(), any())).thenReturn(Reply.text("您好,回复 找工作 看岗位。"));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        service.destroy();
    }

    @Test
    void theReplyIsGivenBeforeTheWindowIsOpenedAndStandsWhenOpeningItFails() throws Exception {
        CountDownLatch replied = new CountDownLatch(1);
        InboundMessage message = text("1");
        InboundMessage second = text("2");
        doAnswer(invocation -> {
            if (invocation.getArgument(1) == message) {
                // Still opening the window when the reply must already be on its way.
                assertThat(replied.await(5, TimeUnit.SECONDS)).isTrue();
                throw new IllegalStateException("database away");
            }
            return null;
        }).when(router).afterReply(any(), any());

        Reply reply = service.handle(account, message, null);
        replied.countDown();

        assertThat(reply.text()).isEqualTo("您好,回复 找工作 看岗位。");
        InOrder order = inOrder(store, router);
        order.verify(store).finish(any(), eq("m1"), eq("您好,回复 找工作 看岗位。"), any(), eq(""), any(), eq("turn-1"));
        order.verify(router, timeout(5_000)).afterReply(account, message);

        // The failure took nothing else down: the next message is answered as usual.
        assertThat(service.handle(account, second, null).text()).isEqualTo("您好,回复 找工作 看岗位。");
        verify(router, timeout(5_000)).afterReply(account, second);
    }

    private static InboundMessage text(String msgId) {
        return InboundMessage.of(Map.of("ToUserName", "gh_after", "FromUserName", "o-after", "CreateTime", "1796630000",
                "MsgType", "text", "Content", "你好", "MsgId", msgId));
    }
}
