package io.finlens.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ReaderUnitsTest {
    @Test
    void spacesInsideFiguresOfChinesePdfTextGo() {
        assertThat(PdfParagraphs.tidyProse("第二季度毛利为1 800亿元，同比增长19%")).isEqualTo("第二季度毛利为1800亿元，同比增长19%");
        assertThat(PdfParagraphs.tidyProse("营收为1, 284.6亿元")).isEqualTo("营收为1,284.6亿元");
        assertThat(PdfParagraphs.tidyProse("营收 1800亿元")).as("a space between a word and a figure stays").isEqualTo("营收 1800亿元");
        assertThat(PdfParagraphs.tidyProse("in 2024 2023 columns")).as("not in English text").isEqualTo("in 2024 2023 columns");
    }

    @Test
    void tabsStayOnlyInRowsThatLookLikeTables() {
        assertThat(PdfTableRows.tidyRow("收入\t18,642\t16,235")).isEqualTo("收入\t18,642\t16,235");
        assertThat(PdfTableRows.tidyRow("Dana Whitfield\tChief Executive Officer")).isEqualTo("Dana Whitfield Chief Executive Officer");
    }

    @Test
    void columnHeadsSetOnTwoLinesJoin() {
        PdfReader.Line over = new PdfReader.Line(0, "Bulk Bulk", 180, 400, 100, 9, 0,
                List.of(new PdfReader.Seg("Bulk", 180, 200), new PdfReader.Seg("Bulk", 380, 400)));
        PdfReader.Line heads = new PdfReader.Line(0, "($ million)\tFilms\tChemicals\tTotal\tFilms\tChemicals\tTotal", 50, 470, 110, 9, 0,
                List.of(new PdfReader.Seg("($ million)", 50, 100), new PdfReader.Seg("Films", 120, 140), new PdfReader.Seg("Chemicals", 170, 210),
                        new PdfReader.Seg("Total", 230, 250), new PdfReader.Seg("Films", 320, 340), new PdfReader.Seg("Chemicals", 370, 410),
                        new PdfReader.Seg("Total", 430, 450)));
        List<PdfReader.Line> joined = PdfTableRows.wrappedHeads(List.of(over, heads));
        assertThat(joined).extracting(PdfReader.Line::text)
                .containsExactly("($ million)\tFilms\tBulk Chemicals\tTotal\tFilms\tBulk Chemicals\tTotal");
        // a line of figures above is no head
        PdfReader.Line figures = new PdfReader.Line(0, "12 14", 180, 400, 100, 9, 0,
                List.of(new PdfReader.Seg("12", 180, 200), new PdfReader.Seg("14", 380, 400)));
        assertThat(PdfTableRows.wrappedHeads(List.of(figures, heads))).hasSize(2);
    }

    @Test
    void docxParagraphsAndTables() throws Exception {
        String xml = """
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:r><w:t>云帆科技公布2025年第一季度业绩</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">营收为</w:t></w:r><w:r><w:t>186.4亿元</w:t></w:r><w:r><w:br/><w:t>同比增长15%。</w:t></w:r></w:p>
                <w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>2025年第一季度</w:t></w:r></w:p></w:tc></w:tr>
                <w:tr><w:tc><w:p><w:r><w:t>收入</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>18,642</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
                </w:body></w:document>""";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        ReadDocument d = DocumentReader.read("release.docx", out.toByteArray());
        assertThat(d.kind()).isEqualTo("docx");
        assertThat(d.issues()).isEmpty();
        assertThat(d.text()).isEqualTo("云帆科技公布2025年第一季度业绩\n\n营收为186.4亿元\n同比增长15%。\n\n\t2025年第一季度\n收入\t18,642");
    }
}
