/**
 * The model: immutable records of what finlens reads from a document. A {@link io.finlens.model.Quantity} is a
 * figure as written; a {@link io.finlens.model.Fact} is a figure tied to a company, metric, segment and
 * {@link io.finlens.model.Period}, with its {@link io.finlens.model.Change}s and the {@link io.finlens.model.Span}s
 * it was read from; a {@link io.finlens.model.Check} says whether facts add up; an {@link io.finlens.model.Issue}
 * says what could not be read. Values are exact ({@link java.math.BigDecimal} in base units: yuan, dollars, a ratio as
 * a fraction). Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.finlens.model;

import org.jspecify.annotations.NullMarked;
