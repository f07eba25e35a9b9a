package cn.laowu.core.complaint;

import cn.laowu.core.job.EmployerDirectory;
import org.springframework.stereotype.Component;

/**
 * Finds the jobs module's employer record a complaint names (same normalised name), read-only:
 * the complaint keeps the link, the employer record is never changed from here.
 */
@Component
class EmployerMatcher {

    private final EmployerDirectory employers;

    EmployerMatcher(EmployerDirectory employers) {
        this.employers = employers;
    }

    Long match(String key) {
        if (key == null || key.length() < 2) {
            return null;
        }
        // The end of a name is its own part; a place may stand in front of it in either spelling.
        String core = key.length() > 4 ? key.substring(key.length() - 4) : key;
        return employers.nameContains(core, 50).stream().filter(c -> EmployerNames.same(key, EmployerNames.key(c.name())))
                .map(EmployerDirectory.Named::id).findFirst().orElse(null);
    }
}
