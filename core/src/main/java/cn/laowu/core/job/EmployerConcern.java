package cn.laowu.core.job;

import java.util.List;

/**
 * Something another feature knows against an employer that a clerk must see before sending people
 * there (an open wage-arrears case, say); beans of this type are asked. While any says something,
 * the employer is not shown to workers as vetted.
 */
public interface EmployerConcern {

    /** What the clerk should read, one line each; empty when there is nothing. */
    List<String> concerns(long employerId);
}
