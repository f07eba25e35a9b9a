package cn.laowu.app.archfixture.cycle.b;

import cn.laowu.app.archfixture.cycle.a.Left;

/** The other half of the deliberate cycle. */
public class Right {
    Left left;
}
