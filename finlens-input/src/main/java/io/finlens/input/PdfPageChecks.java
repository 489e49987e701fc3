package io.finlens.input;

import io.finlens.input.PdfReader.Line;
import io.finlens.model.Issue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF's pages and streams for text that is missing without PDFBox saying so: a page that holds an image and no
 * text (a scanned page), and a compressed stream that does not decode to its end (a damaged page's content, or a
 * damaged font or character map). Each gives an {@link Issue} naming the file.
 */
final class PdfPageChecks {
    /** Output inflated per content stream while checking it, at most (a stream inflating further is not damaged for that). */
    private static final long MAX_INFLATED = 64L << 20;

    private PdfPageChecks() {
    }

    /**
     * A page with an image but no text among pages with text: a scanned page, whose figures finlens cannot read
     * ({@code input.pdf-page-no-text}, one issue per page).
     */
    static List<Issue> scannedPages(String name, PDDocument doc, List<Line> lines) {
        java.util.Set<Integer> withText = new java.util.HashSet<>();
        for (Line l : lines) withText.add(l.page());
        List<Issue> out = new ArrayList<>();
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            if (withText.contains(p) || !hasImage(doc.getPage(p))) continue;
            out.add(DocumentReader.issue("input.pdf-page-no-text", name + ": page " + (p + 1)
                    + " holds an image but no text layer (a scanned page?); its text is missing"));
        }
        return out;
    }

    /**
     * A page whose compressed content does not decode to its end: PDFBox reads what it can and says nothing (a
     * stream overwritten in its middle lost a fifth of a release's text silently), so each Flate-compressed content
     * stream is inflated once more here ({@code input.pdf-page-damaged}, one issue per page).
     */
    static List<Issue> damagedPages(String name, PDDocument doc) {
        List<Issue> out = new ArrayList<>();
        java.util.Set<org.apache.pdfbox.cos.COSStream> pageContent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int p = 0;
        for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
            p++;
            try {
                java.util.Iterator<org.apache.pdfbox.pdmodel.common.PDStream> it = page.getContentStreams();
                while (it.hasNext()) {
                    org.apache.pdfbox.cos.COSStream cos = it.next().getCOSObject();
                    pageContent.add(cos);
                    if (!inflatesToItsEnd(cos)) {
                        out.add(DocumentReader.issue("input.pdf-page-damaged", name + ": page " + p
                                + "'s content is damaged (its compressed stream does not decode to its end); some of its text is missing"));
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                out.add(DocumentReader.issue("input.pdf-page-damaged", name + ": page " + p + "'s content cannot be read ("
                        + PdfReader.message(e) + "); some of its text is missing"));
            }
        }
        List<Long> damaged = damagedStreams(doc, pageContent);
        if (!damaged.isEmpty()) {
            out.add(DocumentReader.issue("input.pdf-stream-damaged", name + ": " + damaged.size() + " compressed object(s) (" + damaged
                    + ") do not decode to their end (a font, a character map or an image?); text may be missing or wrong"));
        }
        return out;
    }

    /** The other streams: a damaged font or character map garbles text without losing it. Their object numbers. */
    private static List<Long> damagedStreams(PDDocument doc, java.util.Set<org.apache.pdfbox.cos.COSStream> pageContent) {
        List<Long> damaged = new ArrayList<>();
        try {
            org.apache.pdfbox.cos.COSDocument cd = doc.getDocument();
            List<org.apache.pdfbox.cos.COSObjectKey> keys = new ArrayList<>(cd.getXrefTable().keySet());
            keys.sort(null);
            for (org.apache.pdfbox.cos.COSObjectKey k : keys) {
                org.apache.pdfbox.cos.COSObject o = cd.getObjectFromPool(k);
                if (o != null && o.getObject() instanceof org.apache.pdfbox.cos.COSStream st && !pageContent.contains(st) && !inflatesToItsEnd(st)) {
                    damaged.add(k.getNumber());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the pages' own check above is what matters most; a stream that cannot even be found is not read either
        }
        return damaged;
    }

    /** True unless the stream is Flate-compressed alone and its data is not a whole zlib stream. */
    private static boolean inflatesToItsEnd(org.apache.pdfbox.cos.COSStream cos) throws IOException {
        org.apache.pdfbox.cos.COSBase f = cos.getFilters();
        boolean flate = f instanceof org.apache.pdfbox.cos.COSName n ? n.equals(org.apache.pdfbox.cos.COSName.FLATE_DECODE)
                : f instanceof org.apache.pdfbox.cos.COSArray a && a.size() == 1
                        && org.apache.pdfbox.cos.COSName.FLATE_DECODE.equals(a.getObject(0));
        if (!flate) return true;
        java.util.zip.Inflater inf = new java.util.zip.Inflater();
        try (java.io.InputStream raw = cos.createRawInputStream()) {
            byte[] in = new byte[8192], outBuf = new byte[16384];
            long inflated = 0;
            int n;
            while (!inf.finished()) {
                if (inf.needsInput()) {
                    n = raw.read(in);
                    if (n < 0) return false; // the data ends before the zlib stream does
                    inf.setInput(in, 0, n);
                }
                if (inf.needsDictionary()) return false;
                int got = inf.inflate(outBuf);
                inflated += got;
                if (inflated > MAX_INFLATED) return true;
            }
            return true;
        } catch (java.util.zip.DataFormatException e) {
            return false;
        } finally {
            inf.end();
        }
    }

    private static boolean hasImage(org.apache.pdfbox.pdmodel.PDPage page) {
        org.apache.pdfbox.pdmodel.PDResources r = page.getResources();
        if (r == null) return false;
        try {
            for (org.apache.pdfbox.cos.COSName n : r.getXObjectNames()) {
                if (r.isImageXObject(n)) return true;
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }
}
