package cn.laowu.admin.audit;

import cn.laowu.admin.ConsoleTestSupport;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The 操作日志 speaks Chinese to its reader while the database keeps the stable codes. */
class AuditConsoleTest extends ConsoleTestSupport {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void actionsObjectsAndActorsAreShownInChineseAndUnknownCodesAsThemselves() throws Exception {
        Actor clerk = new Actor(fx.user("county"), fx.county.getPath(), "127.0.0.1");
        transaction.executeWithoutResult(status -> {
            audit.record(clerk, "EXPORT_FULL", "worker", null, null, "导出 2 人");
            audit.record(clerk, "MOVE_PLACED", "job", 7, null, "1 人 → 已上岗");
            audit.record(clerk, "REVEAL_PHONE", "worker", fx.workerA.getId(), null, "回访");
            audit.record(clerk, "CREATE", "dispatch_batch", 3, null, "批次");
            audit.record(new Actor("worker", fx.county.getPath(), null), "SELF_CORRECT", "worker", 1, null, "手机");
            audit.record(Actor.system(fx.county.getPath()), "EXPIRE", "job", 8, null, "到期");
            audit.record(clerk, "SOMETHING_NEW", "gadget", 9, null, "新功能");
        });

        String page = mvc.perform(get("/console/audit").session(login("county"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("导出完整台账", "办理为已上岗", "查看完整手机号", "输送批次 #3", "劳动力 #"
                        + fx.workerA.getId(), "岗位 #7", "新建", "本人更正信息", "劳动者本人", "到期下架", "系统")
                .contains("SOMETHING_NEW", "gadget #9")
                .doesNotContain("EXPORT_FULL", "MOVE_PLACED", "REVEAL_PHONE", "dispatch_batch", ">worker", ">system<");
    }

    @Test
    void aLockOutIsExplainedInChinese() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/console/login").with(csrf()).param("username", fx.user("towna"))
                    .param("password", "wrong-" + i));
        }
        String page = mvc.perform(get("/console/audit").session(login("county"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("锁定账号", "连续输错密码5次,锁定15分钟").doesNotContain("wrong passwords", "LOCK_OUT");
    }
}
