package cn.laowu.core.poverty;

import java.util.List;

/** Published in the import's transaction: these workers were found on a poverty list just imported. */
public record PovertyListMatched(List<Long> workerIds) {
}
