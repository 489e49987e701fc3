/** Arithmetic checks over facts: does the document add up? */
package io.finlens.check;
