/**
 * Crosswalks through time: the editions of one code system ordered into a chain by their decree year, and the link
 * of a region from any edition to any other of the chain composed from the crosswalks of consecutive editions, so a
 * region re-coded twice, or split and then re-coded, is still followed, and the confidence says how sure each step was.
 */
package id.wilayah.domain.crosswalk.chain;
