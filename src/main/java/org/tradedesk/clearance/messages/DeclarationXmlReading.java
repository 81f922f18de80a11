package org.tradedesk.clearance.messages;

import java.util.List;
import org.tradedesk.shared.MessageText;
import org.w3c.dom.Element;

/**
 * What the three declaration XML readers (Taiwan import, Taiwan export, WCO Data Model) check alike before they read a
 * field: the file within {@link MessageLimits#MAX_BYTES}, a {@code Declaration} at its root, at most
 * {@link MessageLimits#MAX_ITEMS} goods items — each refused with {@link UnreadableMessage}, never half-read.
 */
final class DeclarationXmlReading {

    private DeclarationXmlReading() {
    }

    /** The parsed document's root element, once the file's size is within bounds. */
    static Element root(byte[] content) {
        if (content.length > MessageLimits.MAX_BYTES) {
            throw new UnreadableMessage(MessageText.of("clearance.message.too-large", MessageText.Arg.number(MessageLimits.MAX_BYTES / (1024 * 1024))),
                    "", "too large");
        }
        return SecureXml.document(content).getDocumentElement();
    }

    /** Refuses a file whose {@code declaration} element (found under {@code root}) is missing or not a Declaration. */
    static void requireDeclaration(Element declaration, Element root, String detail) {
        if (declaration == null || !"Declaration".equals(declaration.getLocalName())) {
            throw new UnreadableMessage(MessageText.of("clearance.declaration.not-declaration", MessageText.Arg.literal(Values.clip(root.getLocalName()))),
                    "/" + Values.clip(root.getLocalName()), detail);
        }
    }

    /** The goods items of {@code goodsShipment}, refused when more than a declaration may hold. */
    static List<Element> goodsItems(Element goodsShipment, String path) {
        List<Element> goods = CustomsResponses.children(goodsShipment, "GovernmentAgencyGoodsItem");
        if (goods.size() > MessageLimits.MAX_ITEMS) {
            throw new UnreadableMessage(MessageText.of("clearance.declaration.too-many-items", MessageText.Arg.number(MessageLimits.MAX_ITEMS)),
                    path + "/GoodsShipment", "too many items");
        }
        return goods;
    }
}
