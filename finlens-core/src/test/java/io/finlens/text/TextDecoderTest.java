package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.finlens.model.Issue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String ZH = "蓝山科技第二季度营收1800亿元，同比增长13%；毛利率为47.5%。";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void utf8WithoutBomIsReadAsIs() {
        Decoded d = TextDecoder.decode(ZH.getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo(ZH);
        assertThat(d.charset()).startsWith("UTF-8");
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void utf8BomIsRemoved() {
        Decoded d = TextDecoder.decode(concat(UTF8_BOM, ZH.getBytes(StandardCharsets.UTF_8)));

        assertThat(d.text()).isEqualTo(ZH).doesNotContain("\uFEFF");
        assertThat(d.charset()).startsWith("UTF-8");
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void englishUtf8WithBom() {
        String en = "Harbor Freightways reported revenue of $452.2 million, up 12% year over year.";
        Decoded d = TextDecoder.decode(concat(UTF8_BOM, en.getBytes(StandardCharsets.UTF_8)));

        assertThat(d.text()).isEqualTo(en);
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void bomOnlyGivesEmptyText() {
        Decoded d = TextDecoder.decode(UTF8_BOM);

        assertThat(d.text()).isEmpty();
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void emptyInput() {
        Decoded d = TextDecoder.decode(new byte[0]);

        assertThat(d.text()).isEmpty();
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void gb18030ChineseIsDecoded() {
        byte[] bytes = ZH.getBytes(Charset.forName("GB18030"));
        assertThat(bytes).isNotEqualTo(ZH.getBytes(StandardCharsets.UTF_8));

        Decoded d = TextDecoder.decode(bytes);

        assertThat(d.text()).isEqualTo(ZH);
        assertThat(d.charset()).isEqualTo("GB18030");
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void gbkChineseIsDecoded() {
        // GBK is a subset of GB18030: the decoder reads it as GB18030.
        String text = "截至2025年6月30日，月活跃账户数为14.02亿，现金净额为人民币693.2亿元。\n总裁李明：谢谢。";
        Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("GBK")));

        assertThat(d.text()).isEqualTo(text);
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void gb18030FourByteCharacterIsDecoded() {
        // U+20000 (a CJK Extension B character) exists in GB18030 as a four-byte sequence, not in GBK.
        String text = "蓝山科技营收增长" + new String(Character.toChars(0x20000)) + "，同比增长13%。";
        Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("GB18030")));

        assertThat(d.text()).isEqualTo(text);
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void invalidBytesBecomeReplacementCharWithAnIssue() {
        byte[] bytes = {'A', (byte) 0xFF, 'B'};

        Decoded d = TextDecoder.decode(bytes);

        assertThat(d.text()).isEqualTo("A\uFFFDB");
        assertThat(d.issues()).hasSize(1);
        Issue issue = d.issues().get(0);
        assertThat(issue.code()).isEqualTo("text.malformed-bytes");
        assertThat(issue.span()).isNotNull();
        assertThat(issue.span().start()).isEqualTo(1);
        assertThat(d.text().substring(issue.span().start(), issue.span().end())).isEqualTo("\uFFFD");
    }

    @Test
    void invalidBytesInsideUtf8ChineseKeepTheRest() {
        byte[] good = "营收1800亿元".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD}, "同比增长13%".getBytes(StandardCharsets.UTF_8));

        Decoded d = TextDecoder.decode(bytes);

        assertThat(d.text()).startsWith("营收1800亿元").endsWith("同比增长13%").contains("\uFFFD");
        assertThat(d.issues()).isNotEmpty();
        assertThat(d.issues()).allSatisfy(i -> assertThat(i.code()).isEqualTo("text.malformed-bytes"));
    }

    @Test
    void invalidBytesAfterBom() {
        byte[] bytes = concat(UTF8_BOM, new byte[] {'A', (byte) 0xFF});

        Decoded d = TextDecoder.decode(bytes);

        assertThat(d.text()).isEqualTo("A\uFFFD");
        assertThat(d.issues()).hasSize(1);
    }

    @Test
    void truncatedUtf8SequenceAtTheEnd() {
        byte[] full = "营收".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(full, full.length - 1);

        Decoded d = TextDecoder.decode(bytes);

        assertThat(d.text()).startsWith("营").contains("\uFFFD");
        assertThat(d.issues()).hasSize(1);
    }

    @Test
    void utf16WithBom() {
        String text = "Revenue 营收 $452.2 million";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));

        assertThat(TextDecoder.decode(le).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(be).text()).isEqualTo(text);
    }

    @Test
    void neverThrowsOnArbitraryBytes() {
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 500; n++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            assertThatCode(() -> {
                Decoded d = TextDecoder.decode(bytes);
                assertThat(d.text()).isNotNull();
                if (d.text().indexOf('\uFFFD') >= 0 && !d.charset().startsWith("UTF-16")) {
                    assertThat(d.issues()).isNotEmpty();
                }
            }).doesNotThrowAnyException();
        }
    }
}
