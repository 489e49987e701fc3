package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitiesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "腾讯|tencent",
            "腾讯控股|tencent",
            "腾讯集团|tencent",
            "腾讯控股有限公司|tencent",
            "Tencent|tencent",
            "Tencent Holdings Limited|tencent",
            "TENCENT HOLDINGS|tencent",
            "阿里巴巴集团控股有限公司|alibaba",
            "美团-W|meituan",
            "蓝山科技|蓝山科技",
            "蓝山科技控股有限公司|蓝山科技",
            "Harbor Freightways Inc.|harborfreightways",
            "''|unknown",
    })
    void namesResolveToStableIds(String name, String id) {
        assertThat(Entities.standard().resolve(name)).isEqualTo(id);
    }

    @Test
    void documentsDeclareShortNames() {
        Entities e = Entities.standard();
        String text = "2025年8月13日晚间，蓝山科技控股有限公司（以下简称“蓝山”）公布业绩。Northwind Robotics Holdings Limited (\"Northwind\") reported.";
        var decls = e.declarations(text);
        assertThat(decls).extracting(Entities.Declaration::alias).containsExactly("Northwind", "蓝山");
        assertThat(decls).extracting(Entities.Declaration::id).containsExactly("northwindrobotics", "蓝山科技");
        assertThat(e.resolve("蓝山")).isEqualTo("蓝山");
        for (var d : decls) e.learn(d.alias(), d.id());
        assertThat(e.resolve("蓝山")).isEqualTo("蓝山科技");
        assertThat(e.resolve("Northwind")).isEqualTo("northwindrobotics");
    }

    @Test
    void aDeclarationOfAKnownCompanyKeepsItsLexiconId() {
        Entities e = Entities.standard();
        var decls = e.declarations("腾讯控股有限公司（“腾讯”或“本公司”）今日公布");
        assertThat(decls).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo("tencent"));
    }
}
