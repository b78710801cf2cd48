package vn.dialogue.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dialogue.text.LegacyVietnamese.Encoding;

class LegacyVietnameseTest {

    /** Every letter of the Vietnamese alphabet with a mark, lower case then capitals (134), NFC. */
    static final String MARKED;

    static {
        StringBuilder s = new StringBuilder();
        String[] bases = {"a", "\u0103", "\u00e2", "e", "\u00ea", "i", "o", "\u00f4", "\u01a1", "u", "\u01b0", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (String b : bases) {
            for (String t : tones) {
                String letter = Normalizer.normalize(b + t, Normalizer.Form.NFC);
                if (letter.codePoints().anyMatch(c -> c >= 0x80)) {
                    s.append(letter);
                }
            }
        }
        s.append('\u0111');
        String lower = s.toString();
        MARKED = lower + lower.toUpperCase(java.util.Locale.ROOT);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theAlphabetHasItsLetters() {
        assertThat(MARKED.codePoints().count()).isEqualTo(134);
    }

    @Test
    void tcvn3PhrasesReadAsUnicode() {
        // bytes as glibc's iconv -t TCVN5712-1 writes them
        assertThat(LegacyVietnamese.decode(latin1("C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam"),
                Encoding.TCVN3)).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyVietnamese.decode(latin1("\u00a7\u00e9c l\u00cbp - T\u00f9 do - H\u00b9nh ph\u00f3c"),
                Encoding.TCVN3)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(LegacyVietnamese.decode(latin1("Nguy\u00d4n Th\u00de H\u00ad\u00eang"), Encoding.TCVN3))
                .isEqualTo("Nguyễn Thị Hường");
        assertThat(LegacyVietnamese.convert("B\u00b6o Th\u00beng", Encoding.TCVN3)).isEqualTo("Bảo Thắng");
    }

    @Test
    void everyLowerCaseLetterIsOneTcvn3Byte() {
        Set<String> read = new HashSet<>();
        for (int b = 0x80; b < 0x100; b++) {
            read.add(LegacyVietnamese.decode(new byte[] {(byte) b}, Encoding.TCVN3));
        }
        MARKED.substring(0, 67).codePoints().forEach(c -> assertThat(read).contains(Character.toString(c)));
        // the capitals TCVN3 (VN3) has a byte for
        for (String capital : new String[] {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"}) {
            assertThat(read).contains(capital);
        }
    }

    @Test
    void vniPhrasesReadAsUnicode() {
        assertThat(LegacyVietnamese.decode(latin1("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"), Encoding.VNI))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyVietnamese.decode(latin1("Ñaø Naüng, Thöøa Thieân Hueá"), Encoding.VNI))
                .isEqualTo("Đà Nẵng, Thừa Thiên Huế");
        assertThat(LegacyVietnamese.decode(latin1("Sôû Noäi vuï; Ngöôøi; tyû; Mỹ"), Encoding.VNI))
                .startsWith("Sở Nội vụ; Người; tỷ");
        assertThat(LegacyVietnamese.convert("NGUYEÃN VAÊN AÙNH", Encoding.VNI)).isEqualTo("NGUYỄN VĂN ÁNH");
    }

    @Test
    void everyLetterIsOneOrTwoVniBytes() {
        Set<String> read = new HashSet<>();
        for (int a = 0x20; a < 0x100; a++) {
            read.add(LegacyVietnamese.decode(new byte[] {(byte) a}, Encoding.VNI));
            for (int b = 0x80; b < 0x100; b++) {
                read.add(LegacyVietnamese.decode(new byte[] {(byte) a, (byte) b}, Encoding.VNI));
            }
        }
        MARKED.codePoints().forEach(c -> assertThat(read).as(Character.toString(c)).contains(Character.toString(c)));
    }

    @Test
    void detectsEachEncodingFromItsBytes() {
        byte[] tcvn3 = latin1("H\u00ad\u00eang, Nguy\u00d4n V\u00a8n An, Ph\u00f2ng N\u00e9i v\u00f4, ngh\u00dca");
        byte[] vni = latin1("Ngöôøi, Nguyeãn Vaên An, Phoøng Noäi vuï, nghóa");
        // as glibc's iconv -t CP1258 writes it: base letters and combining tone marks
        byte[] cp1258 = latin1("Ng\u00fd\u00f5\u00cci, Nguy\u00ea\u00den V\u00e3n An, Pho\u00ccng N\u00f4\u00f2i vu\u00f2");
        assertThat(LegacyVietnamese.detect(tcvn3)).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyVietnamese.detect(vni)).isEqualTo(Encoding.VNI);
        assertThat(LegacyVietnamese.detect(cp1258)).isEqualTo(Encoding.WINDOWS_1258);
        assertThat(LegacyVietnamese.decode(cp1258, Encoding.WINDOWS_1258)).isEqualTo("Người, Nguyễn Văn An, Phòng Nội vụ");
    }

    @Test
    void detectsLegacyCellsAndLeavesUnicodeAndWesternTextAlone() {
        assertThat(LegacyVietnamese.detect(LegacyVietnamese.latin(latin1("Nguy\u00d4n Th\u00de H\u00ad\u00eang"))))
                .isEqualTo(Encoding.TCVN3);
        assertThat(LegacyVietnamese.detect("Nguyeãn Thò Höôøng")).isEqualTo(Encoding.VNI);
        assertThat(LegacyVietnamese.detect("Nguyễn Thị Hường")).isNull();
        assertThat(LegacyVietnamese.detect("plain ASCII, 12/05/2024")).isNull();
        assertThat(LegacyVietnamese.detect("Café, José, Müller")).isNull();
    }

    @Test
    void syllablesAreTold() {
        assertThat(LegacyVietnamese.syllable("Người")).isTrue();
        assertThat(LegacyVietnamese.syllable("giữa")).isTrue();
        assertThat(LegacyVietnamese.syllable("quyết")).isTrue();
        assertThat(LegacyVietnamese.syllable("Vieọt")).isFalse();
        assertThat(LegacyVietnamese.syllable("Vi¶t")).isFalse();
        assertThat(LegacyVietnamese.syllable("hoáà")).isFalse();
    }
}
