// The yardstick for bench/wechat-callback.sh: a bare WeChat callback that checks the signature,
// parses the XML with StAX and echoes the text back as a passive reply; nothing else (no Redis,
// no dialog). Nothing but the JDK:  java bench/BareCallbackServer.java PORT TOKEN
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;

public class BareCallbackServer {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    public static void main(String[] args) throws Exception {
        String token = args[1];
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/wx/portal/", exchange -> {
            try (exchange) {
                handle(exchange, token);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        System.out.println("bare callback server on " + args[0]);
    }

    private static void handle(HttpExchange exchange, String token) throws Exception {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String[] parts = {token, query.get("timestamp"), query.get("nonce")};
        Arrays.sort(parts);
        String signature = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        if (!signature.equals(query.get("signature"))) {
            exchange.sendResponseHeaders(403, -1);
            return;
        }
        Map<String, String> fields = new HashMap<>();
        try (InputStream body = exchange.getRequestBody()) {
            XMLStreamReader reader = XML.createXMLStreamReader(body, "UTF-8");
            String name = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    name = reader.getLocalName();
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && name != null) {
                    fields.merge(name, reader.getText(), String::concat);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    name = null;
                }
            }
        }
        byte[] reply = ("<xml><ToUserName><![CDATA[" + fields.get("FromUserName") + "]]></ToUserName><FromUserName><![CDATA["
                + fields.get("ToUserName") + "]]></FromUserName><CreateTime>" + System.currentTimeMillis() / 1000
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + fields.get("Content")
                + "]]></Content></xml>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=UTF-8");
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
    }
}
