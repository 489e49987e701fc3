package io.finlens.store;

import java.util.Locale;

/** What {@code finlens export} writes. */
public enum ExportFormat {
    CSV("csv"), CSV_EXCEL("csv-excel"), JSON("json"), PARQUET("parquet"), XBRL_JSON("xbrl-json");

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** csv, json, parquet or xbrl-json; anything else fails naming the value. */
    public static ExportFormat of(String s) {
        if (s != null) {
            for (ExportFormat f : values()) if (f.code.equals(s.toLowerCase(Locale.ROOT))) return f;
        }
        throw new IllegalArgumentException("export format must be csv, csv-excel, json, parquet or xbrl-json: " + s);
    }
}
