package org.tradedesk.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uploaded text files are read in the encoding they were written in, and say which: the Big5 file
 * under test resources was written by Python's own Big5 codec (not by this code), so its Chinese
 * descriptions are the check.
 */
class UploadedTextTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = UploadedTextTest.class.getResourceAsStream("/uploads/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aBig5FileIsDetectedAndReadAsChinese() throws IOException {
        CsvTable table = CsvTable.read(resource("invoice-big5.csv"));
        assertThat(table.source().encoding()).isEqualTo("Big5");
        assertThat(table.source().detected()).isTrue();
        assertThat(table.rows().get(1).get(0)).isEqualTo("凍頂烏龍茶（半發酵，真空包裝）");
        assertThat(table.rows().get(3).get(0)).isEqualTo("不鏽鋼炒鍋（直徑三十二公分）");
        assertThat(table.rows().get(5)).containsExactly("電動咖啡研磨機", "8509.40", "DE", "9800", "20", "台", "duty=5%");
    }

    @Test
    void byteOrderMarksDecideBeforeAnyDetection() throws IOException {
        CsvTable utf16 = CsvTable.read(resource("invoice-utf16le-bom.csv"));
        assertThat(utf16.source().encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(utf16.rows().get(2).get(0)).isEqualTo("碧螺春綠茶，小包裝");
        byte[] utf8 = "\uFEFFdescription,value\n綠茶,1\n".getBytes(StandardCharsets.UTF_8);
        DecodedText withBom = DecodedText.of(utf8);
        assertThat(withBom.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(withBom.text()).startsWith("description");
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "茶,1".getBytes(StandardCharsets.UTF_16BE));
        assertThat(DecodedText.of(be).encoding()).isEqualTo("UTF-16BE (BOM)");
        assertThat(DecodedText.of(be).text()).isEqualTo("茶,1");
    }

    @Test
    void utf8WithoutAMarkIsUtf8NotAGuess() {
        DecodedText text = DecodedText.of("description,value\n烏龍茶,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.encoding()).isEqualTo("UTF-8");
        assertThat(text.detected()).isFalse();
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aShortBig5FileIsNotTakenForACyrillicCodePage() {
        // seen in acceptance: a two-word Big5 batch file was read as IBM866 and its descriptions garbled
        for (String words : new String[] {"茶葉", "烏龍茶", "description,value\n茶葉,100\n", "品名\n鍋具\n"}) {
            DecodedText text = DecodedText.of(words.getBytes(Charset.forName("Big5")));
            assertThat(text.text()).as(words).isEqualTo(words);
            assertThat(text.encoding()).isEqualTo("Big5");
        }
    }

    @Test
    void theSameTextInBig5AndUtf8ReadsTheSame() {
        String line = "品名,金額\n高山烏龍茶葉,1200\n不鏽鋼保溫瓶,300\n";
        assertThat(DecodedText.of(line.getBytes(Charset.forName("Big5"))).text()).isEqualTo(line);
        assertThat(DecodedText.of(line.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(line);
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaksAndAnOpenQuoteNamesItsLine() {
        CsvTable table = CsvTable.read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\nlast,4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "3"),
                List.of("last", "4"));
        assertThat(table.lines()).containsExactly(1L, 2L, 3L, 5L);
        assertThatThrownBy(() -> CsvTable.read("a,b\nok,1\n\"open,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvTable.Malformed.class).hasMessageContaining("line 3");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
