/**
 * What the console's HTTP handling shares with the API's, since the console's login runs before any filter of the
 * WAR: paths that route elsewhere than they read, and request bodies that are not to be read.
 */
package id.wilayah.admin.http;
