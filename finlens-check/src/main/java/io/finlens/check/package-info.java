/**
 * Arithmetic checks over the facts of one document: does it add up?
 *
 * <p>{@link io.finlens.check.Checks#standard()}{@code .run(facts, originalText)} infers how the facts nest
 * ({@link io.finlens.check.Structure}: 其中, 分业务来看, bullets, lists after a total), then runs small named rules,
 * each with a tolerance derived from the precision the figures were stated with (half a unit of the last stated
 * place per figure: 921亿 allows ±0.5亿):
 * <ul>
 * <li>{@code segments_sum}: parts against their whole (business lines, or components such as costs);</li>
 * <li>{@code bridge}: free cash flow, gross profit, operating profit, net income, net cash, net additions;</li>
 * <li>{@code margin}: a stated ratio against its numerator and denominator;</li>
 * <li>{@code growth_implied}: a value, the value it is compared with and the stated change;</li>
 * <li>{@code consistency}: one key, two values; and one exchange rate for all bracketed conversions;</li>
 * <li>{@code beat_miss}: an actual against the analysts' consensus (informational).</li>
 * </ul>
 * Every check names its facts, the expected and actual values and the arithmetic in the document's units
 * ({@code 429 + 166 + 326 = 921 (亿元)}). Figures the text implies but does not state are offered apart, as
 * {@link io.finlens.check.Derived} figures. Words and metric relations are data: the TSV files beside these
 * classes.
 */
package io.finlens.check;
