package io.finlens.fact;

import io.finlens.text.Sentences;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.text.WordList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the linker's rule families read and write for one sentence. Read only: the text and the sentence, its
 * quantities and period mentions, the document context, what the headings above it set, the lexicon and the English
 * discourse state. Written while linking: the metric mentions found ({@link #slots}), the facts for other periods and
 * metrics they gave rise to ({@link #extra}), the quantities spent, and where the last change ended.
 */
final class SentenceContext {
    /** The whole normalized text; spans index into it. */
    final String text;
    final Sentences.Sentence sent;
    /** The quantities inside the sentence, in order. */
    final List<Quantity> qs;
    /**
     * The period mentions in and just after the sentence (those starting from its start to 16 chars past its end), in
     * order: every rule looks at a figure's own sentence (and a period named right after its last figure), so a text of
     * many sentences is not walked from its start for each figure.
     */
    final List<PeriodMentions.Mention> periods;
    final DocumentContext doc;
    /** The period the last section heading set, for sentences that name none themselves; or null. */
    final Period sectionPeriod;
    /** The company the sentence starts about: the document's, or one an earlier sentence on the line named. */
    final String entityContext;
    /** The companies this sentence names, in order. */
    final List<CompanyMentions.CompanyMention> companies;
    final WordList<FactLexicon.Alias> aliases;
    /** zh or en: the prefix of the rule ids the linker writes. */
    final String lang;
    final FactLexicon lex;
    /** Where the facts of the document are collected. */
    final List<Fact> out;
    /** What the headings above the sentence set (period, basis, guidance). */
    final Scopes.Scope scope;
    /** The fact the sentence before led with (高于彭博预期264亿元 compares with it), or null. */
    final Fact leadBefore;
    /** The currency most figures of the document are in. */
    final String documentCurrency;
    /** The English document's discourse reader, or null for Chinese; and what this sentence inherits from it. */
    final EnglishDiscourse en;
    final EnglishDiscourse.State discourse;

    /** The metric mentions of the sentence, in order. */
    final List<Slot> slots = new ArrayList<>();
    /** Facts a mention gave rise to besides its own: other periods, per-share and share-of-revenue figures. */
    final List<Slot> extra = new ArrayList<>();
    /** Quantities already given to a slot (or ruled out) by a rule that runs before the figure-by-figure linking. */
    final Set<Quantity> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The last change linked in the sentence, or null: 下降30个基点至66.8% gives 66.8% to its slot. */
    LastChange lastChange;
    /** The per-share slot made for a total's slot ($68.9 million, or $1.68 per share), one per total. */
    final Map<Slot, Slot> perShare = new IdentityHashMap<>();
    /** The per-share metric's slot made for a named total (AFFO was $288 million, or $0.98 per share), one per total. */
    final Map<Slot, Slot> perShareNamed = new IdentityHashMap<>();
    /** The period a list before 分别 gives the figure starting at a position ({@link Respectively}). */
    final Map<Integer, Period> listedPeriods = new java.util.HashMap<>();

    SentenceContext(String text, Sentences.Sentence sent, List<Quantity> qs, List<PeriodMentions.Mention> periods,
                    DocumentContext doc, Period sectionPeriod, String entityContext, List<CompanyMentions.CompanyMention> companies,
                    FactLexicon lex, boolean chinese, List<Fact> out, Scopes.Scope scope, Fact leadBefore, String documentCurrency,
                    EnglishDiscourse en, EnglishDiscourse.State discourse) {
        this.text = text;
        this.sent = sent;
        this.qs = qs;
        this.periods = around(periods, sent);
        this.doc = doc;
        this.sectionPeriod = sectionPeriod;
        this.entityContext = entityContext;
        this.companies = companies;
        this.lex = lex;
        this.aliases = chinese ? lex.aliasesZh : lex.aliasesEn;
        this.lang = chinese ? "zh" : "en";
        this.out = out;
        this.scope = scope;
        this.leadBefore = leadBefore;
        this.documentCurrency = documentCurrency;
        this.en = en;
        this.discourse = discourse;
    }

    /** The slot that took a change, and where that change's figure ended. */
    record LastChange(Slot slot, int end) {
    }

    /** The mentions of {@code all} (in text order) that start within the sentence or up to 16 chars after it. */
    static List<PeriodMentions.Mention> around(List<PeriodMentions.Mention> all, Sentences.Sentence sent) {
        int lo = firstFrom(all, sent.start()), hi = firstFrom(all, sent.end() + 17);
        return lo >= hi ? List.of() : all.subList(lo, hi);
    }

    /** The index of the first mention starting at or after {@code pos} (binary search; the list is in text order). */
    private static int firstFrom(List<PeriodMentions.Mention> all, int pos) {
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
