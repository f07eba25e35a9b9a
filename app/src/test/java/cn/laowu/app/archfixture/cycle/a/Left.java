package cn.laowu.app.archfixture.cycle.a;

import cn.laowu.app.archfixture.cycle.b.Right;

/** Half of a deliberate package cycle: ArchitectureTest proves its rule catches it. */
public class Left {
    Right right;
}
