package cn.laowu.app.errors;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * A path with an encoded slash or backslash (%2F, %5C) is refused by Tomcat itself, with its
 * English error page. Passed through still encoded, it is refused one step later by Spring
 * Security's firewall, whose 400 gets the platform's own Chinese error page like every other error.
 */
@Component
class EncodedSlashesToTheErrorPage implements TomcatConnectorCustomizer {

    @Override
    public void customize(org.apache.catalina.connector.Connector connector) {
        connector.setEncodedSolidusHandling("passthrough");
        connector.setEncodedReverseSolidusHandling("passthrough");
    }
}
