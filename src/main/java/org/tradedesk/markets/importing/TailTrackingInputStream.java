package org.tradedesk.markets.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Remembers the last byte read and counts bytes, so a reader knows whether the file ended with a line break and how far it is. */
final class TailTrackingInputStream extends FilterInputStream {

    private int last = -1;
    private int previous = -1;
    private long count;

    TailTrackingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            previous = last;
            last = b;
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            previous = n > 1 ? buffer[offset + n - 2] & 0xFF : last;
            last = buffer[offset + n - 1] & 0xFF;
            count += n;
        }
        return n;
    }

    boolean endedWithLineBreak() {
        // UTF-16LE ends its line break "\n\0" (UTF-16BE "\0\n" ends in the break byte)
        return last == '\n' || last == '\r' || last == 0 && (previous == '\n' || previous == '\r');
    }

    long bytesRead() {
        return count;
    }
}
