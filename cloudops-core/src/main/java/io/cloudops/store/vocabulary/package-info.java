/**
 * What the words of an estate mean, read from reviewed data files that name their sources: regions
 * and their places, environments and their synonyms, tag keys read as roles, engines, instance
 * families, well-known products and abbreviations. The store's resource text and query
 * understanding both read them, so a document and a query use the same words.
 */
package io.cloudops.store.vocabulary;
