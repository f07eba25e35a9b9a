package cn.laowu.bot.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundXmlTest {

    @Test
    void readsTheFlatFieldsWithCdataAndEntities() {
        var fields = InboundXml.parse("<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Content><![CDATA[工资]]>&amp;不发"
                + "</Content><CreateTime>1</CreateTime></xml>");
        assertThat(fields).containsEntry("ToUserName", "gh_1").containsEntry("Content", "工资&不发")
                .containsEntry("CreateTime", "1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><Content>&xxe;</Content></xml>",
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><xml><a>&lol2;</a></xml>",
            "<xml><Content>unclosed</xml>",
            "not xml at all",
            "",
            "<html><body/></html>",
            "<xml></xml>",
            "<xml><a><b><c><d>deep</d></c></b></a></xml>",
    })
    void refusesAnythingButWeChatsFlatXml(String xml) {
        assertThatThrownBy(() -> InboundXml.parse(xml)).isInstanceOf(InboundXml.MalformedXml.class);
    }

    @Test
    void refusesTooManyFields() {
        StringBuilder xml = new StringBuilder("<xml>");
        for (int i = 0; i < 100; i++) {
            xml.append("<F").append(i).append(">x</F").append(i).append('>');
        }
        assertThatThrownBy(() -> InboundXml.parse(xml.append("</xml>").toString()))
                .isInstanceOf(InboundXml.MalformedXml.class);
    }

    @Test
    void cdataTerminatorInRepliesIsSplitSafely() {
        String xml = ReplyXml.text("o1", "gh_1", 1, "a]]>b");
        assertThat(InboundXml.parse(xml)).containsEntry("Content", "a]]>b");
    }
}
