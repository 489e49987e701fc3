package io.finlens.text;

/** The languages finlens reads. */
public enum Language {
    ZH, EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Chinese when Han characters make up at least a tenth of the letters, else English. */
    public static Language detect(CharSequence text) {
        long han = 0, latin = 0;
        int n = Math.min(text.length(), 20_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isHan(c)) han++;
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
        }
        return han * 10 >= han + latin && han > 0 ? ZH : EN;
    }
}
