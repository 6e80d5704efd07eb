/**
 * A crosswalk as CSV: the whole table written out (the API's export and the console's download), and administrators'
 * override files read and checked completely before anything is stored.
 */
package id.wilayah.domain.crosswalk.csv;
