/** Name indexes of a level and relevance-ranked, typo-tolerant search over them. */
package id.wilayah.domain.search;
