package cn.laowu.app.landing;

import java.util.List;

/** A section another module adds to the landing page, such as the demo's sign-in accounts. */
public interface LandingNote {

    String title();

    List<String> lines();
}
