/**
 * The facade: {@link io.finlens.analysis.Finlens} turns a document (bytes or a string) into an
 * {@link io.finlens.analysis.Analysis} (quantities, facts, checks, the call transcript, issues), and
 * {@link io.finlens.analysis.ContractJson} writes one as the contract JSON. {@code Finlens} is thread-safe: share one
 * instance. Nothing here is null unless marked {@code @Nullable}. See docs/library.md.
 */
@NullMarked
package io.finlens.analysis;

import org.jspecify.annotations.NullMarked;
