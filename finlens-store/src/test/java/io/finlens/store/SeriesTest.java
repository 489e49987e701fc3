package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series across documents: the samples plus an invented third-quarter article that restates a second-quarter figure. */
class SeriesTest {
    @TempDir
    static Path dir;
    static Library lib;

    @BeforeAll
    static void ingest() {
        lib = Library.open(dir);
        IngestReport r = lib.ingest(List.of("../samples", "src/test/resources/docs"), IngestOptions.defaults().withThreads(2));
        assertThat(r.stored()).isEqualTo(3);
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    @Test
    void revenueAcrossDocumentsIsOneValuePerPeriodWithConflictsShown() throws Exception {
        Series s = lib.series(SeriesQuery.of("蓝山", "revenue").withKind("quarter"));
        assertThat(s.entityId()).isEqualTo("蓝山科技");
        assertThat(s.points()).extracting(Series.Point::period).containsExactly("2024Q2", "2024Q3", "2025Q2", "2025Q3");
        Series.Point q2 = s.points().get(2);
        assertThat(q2.value()).isEqualByComparingTo("128460000000");
        assertThat(q2.pick()).isEqualTo("own-report");
        assertThat(q2.conflicts()).extracting(Series.Candidate::value).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("128000000000"));
        assertThat(q2.yoyCheck()).isEqualTo("pass");
        Series.Point q3 = s.points().get(3);
        assertThat(q3.computedYoy()).isEqualByComparingTo("0.128359");
        assertThat(q3.yoyCheck()).isEqualTo("pass");
        Series.Point prior = s.points().get(1);
        assertThat(prior.sources()).isEqualTo(2);
        assertThat(prior.pick()).isEqualTo("agreed");
        Golden.check("series-lanshan-revenue.json", StoreJson.series(s));
    }

    @Test
    void theSameCompanyUnderAnyNameGivesTheSameSeries() {
        String expected = StoreJson.series(lib.series(SeriesQuery.of("蓝山科技", "revenue")));
        assertThat(StoreJson.series(lib.series(SeriesQuery.of("蓝山", "revenue")))).isEqualTo(expected);
        assertThat(StoreJson.series(lib.series(SeriesQuery.of("蓝山科技控股有限公司", "revenue")))).isEqualTo(expected);
    }

    @Test
    void ratioMetricsCompareChangesInPoints() {
        Series s = lib.series(SeriesQuery.of("蓝山", "gross_margin"));
        Series.Point q2 = s.points().stream().filter(p -> p.period().equals("2025Q2")).findFirst().orElseThrow();
        assertThat(q2.computedYoy()).isEqualByComparingTo("1.9");
        assertThat(q2.statedYoy()).isEqualByComparingTo("1.9");
        assertThat(q2.yoyCheck()).isEqualTo("pass");
    }

    @Test
    void segmentsAndBasisSelectTheirOwnSeries() {
        Series cloud = lib.series(SeriesQuery.of("蓝山", "revenue").withSegment("云服务业务"));
        assertThat(cloud.points()).extracting(Series.Point::period).containsExactly("2024Q2", "2025Q2");
        Series nonGaap = lib.series(SeriesQuery.of("蓝山", "operating_profit").withBasis("non-gaap"));
        assertThat(nonGaap.points()).isNotEmpty();
        assertThat(lib.series(SeriesQuery.of("nobody", "revenue")).points()).isEmpty();
    }

    @Test
    void aSeriesHasOnePeriodKindAndOneUnitAndSaysWhatElseThereIs() {
        Series s = lib.series(SeriesQuery.of("蓝山", "revenue"));
        assertThat(s.kind()).isEqualTo("quarter");
        assertThat(s.points()).allSatisfy(p -> assertThat(Periods.kind(Periods.parse(p.period()))).isEqualTo("quarter"));
        assertThat(s.kinds()).containsKey("quarter");
        for (String k : s.kinds().keySet()) {
            Series other = lib.series(SeriesQuery.of("蓝山", "revenue").withKind(k));
            assertThat(other.kind()).isEqualTo(k);
            assertThat(other.points()).as(k).allSatisfy(p -> assertThat(Periods.kind(Periods.parse(p.period()))).isEqualTo(k));
            if (!k.equals("quarter")) assertThat(s.note()).contains("(kind " + k + ")");
        }
        assertThat(s.units()).containsOnlyKeys("CNY");
    }
}
