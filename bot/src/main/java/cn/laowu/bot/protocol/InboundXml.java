package cn.laowu.bot.protocol;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads WeChat's flat {@code <xml><Field>value</Field>...</xml>} documents with a hardened StAX
 * parser: no DTDs, no external entities, bounded field count and sizes. Anything else is refused.
 */
public final class InboundXml {

    private static final int MAX_FIELDS = 64;
    private static final int MAX_VALUE_CHARS = 16 * 1024;
    private static final XMLInputFactory FACTORY = hardenedFactory();

    private InboundXml() {
    }

    public static final class MalformedXml extends IllegalArgumentException {
        MalformedXml(String reason) {
            super(reason);
        }
    }

    public static Map<String, String> parse(String xml) {
        Map<String, String> fields = new HashMap<>();
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            int depth = 0;
            String field = null;
            StringBuilder value = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new MalformedXml("DTDs and entities are not accepted");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth == 1 && !"xml".equals(reader.getLocalName())) {
                            throw new MalformedXml("Root element is not <xml>");
                        }
                        if (depth == 2) {
                            field = reader.getLocalName();
                            value.setLength(0);
                        }
                        if (depth > 4) {
                            throw new MalformedXml("Too deeply nested");
                        }
                        if (depth == 4) {
                            // Subscription-notice events list their templates one level down:
                            // <SubscribeMsgPopupEvent><List><TemplateId>…; leaves are kept by name.
                            field = reader.getLocalName();
                            value.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (depth == 2 || depth == 4) {
                            if (value.length() + reader.getTextLength() > MAX_VALUE_CHARS) {
                                throw new MalformedXml("Field too long");
                            }
                            value.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 4 && field != null) {
                            // Repeated leaves (one <List> per template) are joined in order.
                            fields.merge(field, value.toString(), (a, b) -> a + "," + b);
                            field = null;
                        } else if (depth == 2 && field != null) {
                            fields.put(field, value.toString());
                            if (fields.size() > MAX_FIELDS) {
                                throw new MalformedXml("Too many fields");
                            }
                            field = null;
                        }
                        depth--;
                    }
                    default -> {
                        // comments, whitespace and processing instructions carry nothing for us
                    }
                }
            }
            if (fields.isEmpty()) {
                throw new MalformedXml("No fields");
            }
            return fields;
        } catch (XMLStreamException e) {
            throw new MalformedXml("Not well-formed XML");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
