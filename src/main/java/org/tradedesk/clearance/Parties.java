package org.tradedesk.clearance;

/** The parties of the shipment as names (with address or code as the coordinator writes them); each may be blank. */
public record Parties(String importer, String exporter, String consignee, String carrier, String broker) {

    public static Parties none() {
        return new Parties(null, null, null, null, null);
    }
}
