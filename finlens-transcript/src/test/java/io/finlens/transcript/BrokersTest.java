package io.finlens.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.text.Chars;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The broker lexicon: big enough, every form resolves to its own firm, no form twice, unknown firms kept as written. */
class BrokersTest {
    private final Brokers brokers = Brokers.standard();

    @Test
    void atLeast150BrokersWithChineseAndEnglishForms() {
        assertThat(brokers.entries()).hasSizeGreaterThanOrEqualTo(150);
        long withChinese = brokers.entries().stream().filter(e -> !e.zh().isEmpty()).count();
        assertThat(withChinese).as("brokers with a Chinese name").isGreaterThanOrEqualTo(100);
        for (Brokers.Entry e : brokers.entries()) {
            for (String zh : e.zh()) assertThat(Chars.hasHan(zh)).as("%s: Chinese form %s", e.origin(), zh).isTrue();
        }
    }

    @Test
    void everyFormResolvesToItsFirm() {
        for (Brokers.Entry e : brokers.entries()) {
            for (String form : e.forms()) {
                Brokers.Firm f = brokers.resolve(form);
                assertThat(f.known()).as("%s: %s is known", e.origin(), form).isTrue();
                assertThat(f.name()).as("%s: %s", e.origin(), form).isEqualTo(e.name());
                assertThat(f.asWritten()).isEqualTo(form);
            }
        }
    }

    @Test
    void noFormTwice() {
        Set<String> names = new HashSet<>();
        Map<String, String> keys = new HashMap<>();
        for (Brokers.Entry e : brokers.entries()) {
            assertThat(names.add(e.name())).as("name %s twice", e.name()).isTrue();
            for (String form : e.forms()) {
                String before = keys.put(Brokers.key(form), e.name() + " (" + form + ")");
                assertThat(before).as("%s: %s repeats %s", e.origin(), form, before).isNull();
            }
        }
    }

    @Test
    void theShortFormsAnalystsUse() {
        Map<String, String> want = new java.util.LinkedHashMap<>();
        want.put("杰弗瑞", "Jefferies");
        want.put("富瑞", "Jefferies");
        want.put("法巴", "BNP Paribas");
        want.put("大摩", "Morgan Stanley");
        want.put("小摩", "J.P. Morgan");
        want.put("摩根大通", "J.P. Morgan");
        want.put("中金", "CICC");
        want.put("中金公司", "CICC");
        want.put("花旗银行", "Citi");
        want.put("大和证券", "Daiwa");
        want.put("野村证券", "Nomura");
        want.put("Jefferies LLC", "Jefferies");
        want.put("Jefferies LLC, Research Division", "Jefferies");
        want.put("Morgan Stanley, Research Division", "Morgan Stanley");
        want.put("JPMorgan Chase & Co, Research Division", "J.P. Morgan");
        want.put("JP Morgan", "J.P. Morgan");
        want.put("Goldman Sachs Group, Inc., Research Division", "Goldman Sachs");
        want.put("Goldman Sachs and Co", "Goldman Sachs");
        want.put("Keefe, Bruyette, & Woods, Inc., Research Division", "KBW");
        want.put("BofA Securities, Research Division", "Bank of America");
        want.put("Bank of America Merrill Lynch", "Bank of America");
        want.put("Citigroup Inc., Research Division", "Citi");
        want.put("Cowen and Company, LLC, Research Division", "Cowen");
        want.put("Evercore ISI Institutional Equities, Research Division", "Evercore ISI");
        want.put("William Blair & Company L.L.C., Research Division", "William Blair");
        want.put("Raymond James & Associates, Inc., Research Division", "Raymond James");
        want.put("Wells Fargo Securities", "Wells Fargo");
        want.put("Barclays Capital", "Barclays");
        want.put("Oppenheimer and Company", "Oppenheimer");
        want.put("BMO Capital", "BMO Capital Markets");
        want.put("Zelman and Associates", "Zelman & Associates");
        for (Map.Entry<String, String> e : want.entrySet()) {
            Brokers.Firm f = brokers.resolve(e.getKey());
            assertThat(f.name()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(f.known()).as(e.getKey()).isTrue();
        }
    }

    @Test
    void anUnknownFirmIsKeptAsWrittenWithoutLegalSuffixes() {
        assertThat(brokers.resolve("Fox Advisors")).isEqualTo(new Brokers.Firm("Fox Advisors", "Fox Advisors", false));
        assertThat(brokers.resolve("Northgate Securities LLC").name()).isEqualTo("Northgate Securities");
        assertThat(brokers.resolve("Lakeview Partners, Research Division").name()).isEqualTo("Lakeview Partners");
        assertThat(brokers.resolve("Smith & Co.").name()).isEqualTo("Smith & Co.");
        assertThat(brokers.resolve("远山资本").name()).isEqualTo("远山资本");
        assertThat(brokers.resolve("招商银行").name()).as("a bank that shares a prefix with a broker").isEqualTo("China Merchants Bank");
        assertThat(brokers.resolve("Citizens Bank").known()).as("Citi is not a prefix of Citizens").isFalse();
        assertThat(brokers.resolve(" ")).isNull();
        assertThat(brokers.resolve(null)).isNull();
    }
}
