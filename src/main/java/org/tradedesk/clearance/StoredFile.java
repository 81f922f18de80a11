package org.tradedesk.clearance;

/** An uploaded document's file, to download. */
public record StoredFile(String fileName, String contentType, String sha256, byte[] content) {
}
