package cn.laowu.core.broadcast;

/** Why deliveries did not arrive, in the words a clerk reads on the progress page. */
final class FailureReasons {

    private FailureReasons() {
    }

    static String of(String status, Number errorCode) {
        if ("BLOCKED".equals(status)) {
            return "本人拒收";
        }
        int code = errorCode == null ? 0 : errorCode.intValue();
        return switch (code) {
            case 43004 -> "已取消关注";
            case 43101 -> "没有订阅岗位推荐";
            case 45015, 45047 -> "超过48小时没有互动";
            case 45009 -> "今天的发送额度用完";
            case 40003 -> "微信号无效";
            case 47003 -> "内容格式不符";
            case 40130 -> "群发至少要两人";
            case 0 -> "没有可用的发送渠道";
            default -> "微信暂时出错(" + code + ")";
        };
    }
}
