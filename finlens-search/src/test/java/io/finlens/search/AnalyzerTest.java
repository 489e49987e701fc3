package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzerTest {
    static final Analyzer WORDS = new FinlensAnalyzer();
    static final Analyzer BIGRAMS = FinlensAnalyzer.bigrams();

    record Token(String term, int start, int end) {
    }

    static List<Token> tokens(Analyzer a, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Token(t.toString(), o.startOffset(), o.endOffset()));
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static List<String> terms(String text) {
        return tokens(WORDS, text).stream().map(Token::term).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            腾讯元宝的日活跃用户           | 腾讯 元宝 日 活跃 用户
            以元宝为代表                  | 元宝 代表
            混元大模型和元宝               | 混元 大模型 元宝
            蓝山实现营收人民币1,284.6亿元   | 蓝山 实现 营收 人民币 1284.6 亿元
            营收为820亿元                 | 营收 820 亿元
            人工智能算力收入               | 人工智能 算力 收入
            下半年资本开支的节奏            | 下半年 资本 开支 节奏
            The company's revenues grew   | compani revenu grew
            Capital expenditures were $640 million | capit expenditur were 640 million
            R&D and Non-IFRS margins in Q2 | r&d non ifr margin q2
            ＧＰＵ推理                     | gpu 推理
            GPU推理集群                    | gpu 推理 集群
            """)
    void words(String text, String expected) {
        assertThat(String.join(" ", terms(text))).isEqualTo(expected);
    }

    @Test
    void bigramsKeepEveryChineseString() {
        assertThat(tokens(BIGRAMS, "投入30亿元宝贵").stream().map(Token::term)).containsExactly("投入", "30", "亿元", "元宝", "宝贵");
    }

    @Test
    void hanWordOffsetsPointAtTheWord() {
        String text = "AI助手元宝本季度迭代了12个版本，元宝的日活跃用户突破5000万";
        for (Token t : tokens(WORDS, text)) {
            String slice = text.substring(t.start(), t.end());
            if (HanLatinTokenizer.isHan(slice.charAt(0))) assertThat(slice).isEqualTo(t.term());
            else assertThat(slice.toLowerCase()).startsWith(t.term().substring(0, 1));
        }
    }

    @Test
    void veryLongHanRunsAreSegmentedInPieces() {
        String text = "营收同比增长".repeat(2000);
        List<Token> ts = tokens(WORDS, text);
        assertThat(ts).isNotEmpty().allMatch(t -> text.substring(t.start(), t.end()).equals(t.term()));
        assertThat(ts.get(ts.size() - 1).end()).isEqualTo(text.length());
    }

    @Property(tries = 300)
    void anyTextGivesTokensInsideIt(@ForAll @StringLength(max = 200) String text) {
        for (Analyzer a : List.of(WORDS, BIGRAMS)) {
            int last = 0;
            for (Token t : tokens(a, text)) {
                assertThat(t.start()).isBetween(0, text.length());
                assertThat(t.end()).isBetween(t.start(), text.length());
                assertThat(t.term()).isNotEmpty();
                last = t.start();
            }
            assertThat(last).isLessThanOrEqualTo(text.length());
        }
    }
}
